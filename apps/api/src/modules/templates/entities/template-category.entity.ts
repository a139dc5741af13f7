import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Use-case categories of the template library (議事録要約, 日報作成 …), admin-editable. */
@Entity('template_categories')
// Also what makes seeding the defaults safe when two first reads race.
@Index('uq_template_categories_org_name', ['organizationId', 'name'], { unique: true })
export class TemplateCategoryEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { length: 50 })
  name: string;

  @Column('int', { name: 'sort_order' })
  sortOrder: number;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
