import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

@Entity('teams')
@Index('uq_teams_org_name', ['organizationId', 'name'], { unique: true })
@Index('ix_teams_org_department', ['organizationId', 'departmentId'])
export class TeamEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  @Column('varchar', { length: 100 })
  name: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
