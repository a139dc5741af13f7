import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Per-organization export settings; no row = the defaults (managers may not export). */
@Entity('hr_export_settings')
export class HrExportSettingsEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** Managers may export their own departments (own and sub-departments). */
  @Column('boolean', { name: 'managers_may_export' })
  managersMayExport: boolean;

  @Column('varchar', { name: 'updated_by', length: 36, nullable: true })
  updatedBy: string | null;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
