import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A prompt template a success story used. */
@Entity('success_story_templates')
@Index('ix_story_templates_org_template', ['organizationId', 'templateId'])
export class SuccessStoryTemplateEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'story_id', length: 36 })
  storyId: string;

  @PrimaryColumn('varchar', { name: 'template_id', length: 36 })
  templateId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;
}
