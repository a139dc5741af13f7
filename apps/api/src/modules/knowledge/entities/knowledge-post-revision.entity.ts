import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** The post as saved, once per save: the edit history (who changed what, when). Never edited. */
@Entity('knowledge_post_revisions')
@Index('ix_knowledge_post_revisions_org_post', ['organizationId', 'postId', 'id'])
export class KnowledgePostRevisionEntity implements TenantOwned {
  /** UUIDv7: orders revisions by time. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'post_id', length: 36 })
  postId: string;

  @Column('varchar', { name: 'editor_id', length: 36 })
  editorId: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text', { name: 'body_markdown' })
  bodyMarkdown: string;

  /** JSON array of the tags at that save. */
  @Column('text', { name: 'tags_json' })
  tagsJson: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
