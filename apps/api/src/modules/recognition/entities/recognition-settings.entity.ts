import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Recognition settings per organization; no row = the defaults. */
@Entity('recognition_settings')
export class RecognitionSettingsEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('int', { name: 'monthly_kudos_budget' })
  monthlyKudosBudget: number;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
