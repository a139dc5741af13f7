import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

@Entity('team_members')
@Index('ix_team_members_org_member', ['organizationId', 'memberId'])
export class TeamMemberEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'team_id', length: 36 })
  teamId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;
}
