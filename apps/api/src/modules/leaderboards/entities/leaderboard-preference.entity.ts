import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A member's own choice to stay off public member leaderboards (still counted in team sums). */
@Entity('leaderboard_preferences')
export class LeaderboardPreferenceEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('boolean')
  hidden: boolean;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
