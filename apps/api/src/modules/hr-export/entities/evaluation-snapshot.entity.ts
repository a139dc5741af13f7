import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * One member's contribution row of a locked evaluation period, frozen at the lock (JSON of
 * ContributionRow, evidence included). Written once, never updated: exporting a locked period
 * renders these rows, so the file is byte-identical however the ledger or members change.
 */
@Entity('evaluation_snapshots')
@Index('uq_evaluation_snapshots_period_position', ['organizationId', 'periodId', 'position'], {
  unique: true,
})
@Index('uq_evaluation_snapshots_period_member', ['organizationId', 'periodId', 'memberId'], {
  unique: true,
})
export class EvaluationSnapshotEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'period_id', length: 36 })
  periodId: string;

  /** Row order in the export (0-based). */
  @Column('int')
  position: number;

  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  /** The member's department at the lock (filters use it, not the current one). */
  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  @Column('text', { name: 'row_json' })
  rowJson: string;
}
