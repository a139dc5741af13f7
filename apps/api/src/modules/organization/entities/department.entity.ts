import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

@Entity('departments')
@Index('uq_departments_org_name', ['organizationId', 'name'], { unique: true })
@Index('ix_departments_org_parent', ['organizationId', 'parentId'])
export class DepartmentEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** One level of nesting: a parent is always a top-level department. */
  @Column('varchar', { name: 'parent_id', length: 36, nullable: true })
  parentId: string | null;

  @Column('varchar', { length: 100 })
  name: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
