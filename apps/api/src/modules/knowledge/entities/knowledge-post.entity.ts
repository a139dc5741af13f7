import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A knowledge post (ナレッジ). Counters are maintained in the same transaction as their rows. */
@Entity('knowledge_posts')
@Index('ix_knowledge_posts_org_status_updated', ['organizationId', 'status', 'updatedAt'])
@Index('ix_knowledge_posts_org_status_review', ['organizationId', 'status', 'reviewBy'])
@Index('ix_knowledge_posts_org_author', ['organizationId', 'authorId'])
@Index('ix_knowledge_posts_org_owner', ['organizationId', 'ownerId'])
@Index('ix_knowledge_posts_org_department', ['organizationId', 'departmentId'])
export class KnowledgePostEntity implements TenantOwned {
  /** UUIDv7. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'author_id', length: 36 })
  authorId: string;

  /** Who keeps the post up to date; the author at first, transferable. */
  @Column('varchar', { name: 'owner_id', length: 36 })
  ownerId: string;

  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  @Column('varchar', { length: 200 })
  title: string;

  /** Raw Markdown, at most 60,000 UTF-8 bytes (validated): fits MySQL TEXT. */
  @Column('text', { name: 'body_markdown' })
  bodyMarkdown: string;

  /** draft | published | archived */
  @Column('varchar', { length: 16 })
  status: string;

  /** Local date (organization time zone) after which the post needs review. */
  @Column('date', { name: 'review_by' })
  reviewBy: string;

  @Column('datetime', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('datetime', { name: 'last_reviewed_at', nullable: true })
  lastReviewedAt: Date | null;

  /** Times the post entered `published`: the n of the award key publish:<postId>:<n>. */
  @Column('int', { name: 'publish_count' })
  publishCount: number;

  /** Distinct viewer-days by members other than the author. */
  @Column('int', { name: 'view_count' })
  viewCount: number;

  @Column('int', { name: 'like_count' })
  likeCount: number;

  /** Comments not deleted. */
  @Column('int', { name: 'comment_count' })
  commentCount: number;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
