import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * Pre-aggregated points per member and period key ('all', 'FY2026', 'FY2026-H1', 'FY2026-Q3',
 * '2026-11', '2026-W48', '2026-11-23'), maintained in the same transaction as the ledger entry
 * so they are exact; `npm run ledger:verify` recomputes them from the ledger.
 */
@Entity('member_point_totals')
@Index('ix_totals_org_period_points', ['organizationId', 'periodKey', 'points'])
export class MemberPointTotalEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { name: 'period_key', length: 16 })
  periodKey: string;

  @Column('int')
  points: number;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
