import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A member's emoji reaction on a feed item (a toggle: the row exists or not). */
@Entity('feed_reactions')
@Index('ix_feed_reactions_org_item', ['organizationId', 'feedItemId'])
export class FeedReactionEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'feed_item_id', length: 36 })
  feedItemId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @PrimaryColumn('varchar', { length: 16 })
  emoji: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
