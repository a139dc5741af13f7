import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** One challenge a member won with their team (from 'challengeClosed'): the challengeWins metric. */
@Entity('member_challenge_wins')
export class MemberChallengeWinEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { name: 'challenge_id', length: 36 })
  challengeId: string;

  @Column('datetime', { name: 'won_at' })
  wonAt: Date;
}
