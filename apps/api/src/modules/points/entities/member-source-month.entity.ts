import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * The ledger summed per calendar month of the local day, member, category and source, written
 * with the entries (same transaction). The HR export reads whole months here and only the
 * partial months at a period's edges from `ledger_entries`: a quarter is a few hundred thousand
 * rows instead of every view of it. Keyed by month first, so a period is a primary-key range.
 */
@Entity('member_source_months')
export class MemberSourceMonthEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** YYYY-MM of the entries' local day. */
  @PrimaryColumn('varchar', { length: 7 })
  month: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { length: 16 })
  category: string;

  @PrimaryColumn('varchar', { name: 'source_type', length: 20 })
  sourceType: string;

  @PrimaryColumn('varchar', { name: 'source_id', length: 36 })
  sourceId: string;

  @Column('int')
  points: number;
}
