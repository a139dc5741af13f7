import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Organization-wide leaderboard settings (admin); no row = the defaults (everyone sees all). */
@Entity('leaderboard_settings')
export class LeaderboardSettingsEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** Staff see only this many places (plus their own rank); null = the full list. */
  @Column('int', { name: 'staff_visible_top_n', nullable: true })
  staffVisibleTopN: number | null;

  @Column('varchar', { name: 'updated_by', length: 36 })
  updatedBy: string;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
