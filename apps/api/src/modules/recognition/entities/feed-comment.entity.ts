import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A comment on a feed item. */
@Entity('feed_comments')
@Index('ix_feed_comments_org_item', ['organizationId', 'feedItemId', 'id'])
export class FeedCommentEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'feed_item_id', length: 36 })
  feedItemId: string;

  @Column('varchar', { name: 'author_id', length: 36 })
  authorId: string;

  @Column('text')
  body: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
