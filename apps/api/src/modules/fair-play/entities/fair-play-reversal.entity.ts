import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * Audit of one fair-play reversal: who reversed which group's excess, when, why, and how much.
 * Append-only. The reversal entries themselves are in the ledger, keyed
 * `fairplay:<this id>:reverse:<entry id>`.
 */
@Entity('fair_play_reversals')
@Index('ix_fair_play_reversals_org_group', ['organizationId', 'groupId'])
@Index('ix_fair_play_reversals_org_created', ['organizationId', 'createdAt'])
export class FairPlayReversalEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** Stable group id (fairPlayGroupId: period + sorted members). */
  @Column('varchar', { name: 'group_id', length: 32 })
  groupId: string;

  @Column('varchar', { name: 'period_from', length: 10 })
  periodFrom: string;

  @Column('varchar', { name: 'period_to', length: 10 })
  periodTo: string;

  /** Comma-separated credit kinds the group was computed from. */
  @Column('varchar', { length: 120 })
  kinds: string;

  /** JSON array of the group's member ids, sorted. */
  @Column('text', { name: 'member_ids' })
  memberIds: string;

  @Column('varchar', { length: 500 })
  reason: string;

  @Column('varchar', { name: 'reversed_by_id', length: 36 })
  reversedById: string;

  @Column('int', { name: 'entries_reversed' })
  entriesReversed: number;

  /** Points taken back (positive: the sum of the reversed entries). */
  @Column('int', { name: 'points_reversed' })
  pointsReversed: number;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
