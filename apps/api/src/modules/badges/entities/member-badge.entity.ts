import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BadgeTier } from '@chienowa/domain';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Stored for untiered badges: NULL would not be unique in a unique index on either dialect. */
export const NO_TIER = 'none';

export const tierOf = (stored: string): BadgeTier | null =>
  stored === NO_TIER ? null : (stored as BadgeTier);

/**
 * A badge tier a member earned. The unique index makes awarding idempotent: concurrent
 * evaluations insert-if-absent, and only the one that inserted pays the badge's points.
 * Rows are never deleted: an earned badge stays earned even when points are later reversed.
 */
@Entity('member_badges')
@Index(
  'uq_member_badges_org_member_code_tier',
  ['organizationId', 'memberId', 'badgeCode', 'tier'],
  {
    unique: true,
  },
)
@Index('ix_member_badges_org_awarded', ['organizationId', 'awardedAt'])
export class MemberBadgeEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'badge_code', length: 64 })
  badgeCode: string;

  /** 'bronze' | 'silver' | 'gold', or NO_TIER. */
  @Column('varchar', { length: 8 })
  tier: string;

  /** Points the badge paid (0 when none, or when the ledger did not count them). */
  @Column('int')
  points: number;

  /** The admin who awarded it by hand; null when earned automatically. */
  @Column('varchar', { name: 'awarded_by', length: 36, nullable: true })
  awardedBy: string | null;

  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;

  @Column('datetime', { name: 'awarded_at' })
  awardedAt: Date;
}
