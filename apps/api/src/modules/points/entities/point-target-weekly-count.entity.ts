import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * Paid credits from one member (actor) to another (earner) per ISO week and kind (likes,
 * kudos): the row the per-target weekly cap is checked against, locked per pair, week and kind
 * so concurrent credits of the same pair queue and the cap holds exactly.
 */
@Entity('point_target_weekly_counts')
export class PointTargetWeeklyCountEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'actor_id', length: 36 })
  actorId: string;

  @PrimaryColumn('varchar', { name: 'earner_id', length: 36 })
  earnerId: string;

  /** ISO week in the organization's zone, e.g. 2026-W48. */
  @PrimaryColumn('varchar', { name: 'week_key', length: 8 })
  weekKey: string;

  @PrimaryColumn('varchar', { length: 32 })
  kind: string;

  @Column('int')
  credits: number;
}
