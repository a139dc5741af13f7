import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** Who used a template and how often: "used by N colleagues" is these rows minus the author. */
@Entity('template_reusers')
@Index('ix_template_reusers_org_member', ['organizationId', 'memberId'])
export class TemplateReuserEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'template_id', length: 36 })
  templateId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('datetime', { name: 'first_used_at' })
  firstUsedAt: Date;

  @Column('int', { name: 'use_count' })
  useCount: number;
}
