import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TargetTool, TemplateKind, TemplateStatus } from '@chienowa/domain';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

@Entity('prompt_templates')
// Library pages: newest (id is a UUIDv7, so time-ordered) and most reused, per status.
@Index('ix_prompt_templates_org_status_id', ['organizationId', 'status', 'id'])
@Index('ix_prompt_templates_org_status_reuse', ['organizationId', 'status', 'reuseCount', 'id'])
@Index('ix_prompt_templates_org_author', ['organizationId', 'authorId'])
@Index('ix_prompt_templates_org_category', ['organizationId', 'categoryId'])
@Index('ix_prompt_templates_org_forked_from', ['organizationId', 'forkedFromId'])
export class PromptTemplateEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'author_id', length: 36 })
  authorId: string;

  @Column('varchar', { length: 200 })
  title: string;

  /** At most 2,000 characters (validated in the domain). */
  @Column('text')
  description: string;

  @Column('varchar', { name: 'category_id', length: 36 })
  categoryId: string;

  @Column('varchar', { length: 16 })
  kind: TemplateKind;

  @Column('varchar', { name: 'target_tool', length: 16 })
  targetTool: TargetTool;

  /** At most 20,000 characters and 60,000 UTF-8 bytes (MySQL TEXT holds 65,535 bytes). */
  @Column('text')
  body: string;

  @Column('varchar', { length: 16 })
  status: TemplateStatus;

  @Column('varchar', { name: 'forked_from_id', length: 36, nullable: true })
  forkedFromId: string | null;

  /** How often it entered `published`: the n of the award key publish:<id>:<n>. */
  @Column('int', { name: 'publish_count' })
  publishCount: number;

  /** Every reuse by someone other than the author, counted for points or not. */
  @Column('int', { name: 'reuse_count' })
  reuseCount: number;

  /** Forks by someone other than the author. */
  @Column('int', { name: 'fork_count' })
  forkCount: number;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
