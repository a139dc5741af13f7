import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * member_usage_days summed per calendar month of the local day, written with them (same
 * transaction). Keyed by month first, so the whole months of a period are a primary-key range:
 * the HR export's activity counts for a quarter read tens of thousands of rows here instead of
 * every member's active days (and only the partial months at the edges from the daily rows).
 */
@Entity('member_usage_months')
export class MemberUsageMonthEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** YYYY-MM of the usage's local day. */
  @PrimaryColumn('varchar', { length: 7 })
  month: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { length: 6 })
  role: string;

  @PrimaryColumn('varchar', { length: 32 })
  kind: string;

  /** As in member_usage_days: counted events and those left unpaid only by a cap or zero rule. */
  @Column('int')
  genuine: number;

  /** Events that earned points. */
  @Column('int')
  counted: number;
}
