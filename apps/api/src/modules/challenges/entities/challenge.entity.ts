import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * A team challenge. `status` is 'active' (upcoming or running: the clock tells), 'closed' or
 * 'cancelled'; the closing job moves active → closed exactly once (conditional UPDATE).
 */
@Entity('challenges')
@Index('ix_challenges_status_ends', ['status', 'endsAt'])
@Index('ix_challenges_org_status_starts', ['organizationId', 'status', 'startsAt'])
export class ChallengeEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { length: 100 })
  title: string;

  @Column('varchar', { length: 2000 })
  description: string;

  @Column('varchar', { length: 20 })
  metric: string;

  /** Target × 100 in the metric's display unit (points, posts, reuses, hours, percent). */
  @Column('int', { name: 'target_x100' })
  targetX100: number;

  @Column('varchar', { name: 'unit_type', length: 12 })
  unitType: string;

  @Column('varchar', { length: 10 })
  scoring: string;

  @Column('datetime', { name: 'starts_at' })
  startsAt: Date;

  @Column('datetime', { name: 'ends_at' })
  endsAt: Date;

  @Column('int', { name: 'winner_points' })
  winnerPoints: number;

  @Column('varchar', { length: 12 })
  status: string;

  @Column('varchar', { name: 'created_by', length: 36 })
  createdBy: string;

  @Column('datetime', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
