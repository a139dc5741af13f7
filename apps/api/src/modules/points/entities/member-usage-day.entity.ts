import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * The usage log aggregated per member, role (earner or actor), kind and local day, written in
 * the same transaction as the usage rows (rules: libs/domain usage-days). Badge metrics and the
 * HR export's activity counts read it instead of scanning `usage_events`.
 */
@Entity('member_usage_days')
@Index('ix_member_usage_days_org_day', ['organizationId', 'localDay'])
export class MemberUsageDayEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { length: 6 })
  role: string;

  @PrimaryColumn('varchar', { length: 32 })
  kind: string;

  @PrimaryColumn('varchar', { name: 'local_day', length: 10 })
  localDay: string;

  /** Counted events and those left unpaid only by a daily cap or a zero rule. */
  @Column('int')
  genuine: number;

  /** Events that earned points. */
  @Column('int')
  counted: number;
}
