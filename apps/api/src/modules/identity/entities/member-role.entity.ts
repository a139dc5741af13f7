import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@chienowa/domain';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

@Entity('member_roles')
@Index('ix_member_roles_org_role', ['organizationId', 'role'])
export class MemberRoleEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { length: 20 })
  role: Role;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;
}
