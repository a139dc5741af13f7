import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** 役に立った: one per member and post while it stands (unlike deletes the row). */
@Entity('knowledge_post_likes')
@Index('ix_knowledge_post_likes_org_member', ['organizationId', 'memberId'])
export class KnowledgePostLikeEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'post_id', length: 36 })
  postId: string;

  @PrimaryColumn('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
