import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A reuse milestone a template reached (10, 50 …): inserted once, so it is celebrated once. */
@Entity('template_reuse_milestones')
export class TemplateReuseMilestoneEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'template_id', length: 36 })
  templateId: string;

  @PrimaryColumn('int')
  milestone: number;

  @Column('datetime', { name: 'reached_at' })
  reachedAt: Date;
}
