import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A comment on a post; deleting sets deleted_at (the row stays). */
@Entity('knowledge_comments')
@Index('ix_knowledge_comments_org_post', ['organizationId', 'postId', 'id'])
export class KnowledgeCommentEntity implements TenantOwned {
  /** UUIDv7: orders comments by time. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'post_id', length: 36 })
  postId: string;

  @Column('varchar', { name: 'author_id', length: 36 })
  authorId: string;

  /** At most 4,000 characters (validated). */
  @Column('text')
  body: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'deleted_at', nullable: true })
  deletedAt: Date | null;
}
