import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * Positive points a member earned per local day and kind: the row the daily cap is checked
 * against (locked per member, day and kind, so only that member's events of that kind queue).
 */
@Entity('member_daily_earnings')
export class MemberDailyEarningEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { name: 'local_day', length: 10 })
  localDay: string;

  @PrimaryColumn('varchar', { length: 32 })
  kind: string;

  @Column('int')
  points: number;
}
