import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * An evaluation period (評価期間) HR exports contribution scores for: a fiscal preset
 * (FY2026-H1 …, unique per organization) or a custom range of local days. Locking freezes the
 * export: the rows are computed once and stored in evaluation_snapshots, with the point rules
 * then in force.
 */
@Entity('evaluation_periods')
@Index('uq_evaluation_periods_org_preset', ['organizationId', 'presetKey'], { unique: true })
@Index('ix_evaluation_periods_org_first_day', ['organizationId', 'firstDay'])
export class EvaluationPeriodEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { length: 100 })
  name: string;

  /** First and last local day, inclusive (YYYY-MM-DD). */
  @Column('varchar', { name: 'first_day', length: 10 })
  firstDay: string;

  @Column('varchar', { name: 'last_day', length: 10 })
  lastDay: string;

  /** 'preset' | 'custom'. */
  @Column('varchar', { length: 8 })
  kind: string;

  /** FY2026-H1 … for presets; null for custom ranges (NULLs never collide in the index). */
  @Column('varchar', { name: 'preset_key', length: 16, nullable: true })
  presetKey: string | null;

  /** 'open' | 'locked'. */
  @Column('varchar', { length: 8 })
  status: string;

  @Column('datetime', { name: 'locked_at', nullable: true })
  lockedAt: Date | null;

  @Column('varchar', { name: 'locked_by', length: 36, nullable: true })
  lockedBy: string | null;

  /** The point rule set in force at the lock (JSON of PointRuleSet), for the rules sheet. */
  @Column('text', { name: 'locked_rules_json', nullable: true })
  lockedRulesJson: string | null;

  /** Rows in the snapshot (the whole population, before filters). */
  @Column('int', { name: 'snapshot_rows', nullable: true })
  snapshotRows: number | null;

  @Column('varchar', { name: 'created_by', length: 36, nullable: true })
  createdBy: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
