import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A tag of a post (normalized, see normalizeTag). */
@Entity('knowledge_post_tags')
@Index('ix_knowledge_post_tags_org_tag', ['organizationId', 'tag'])
export class KnowledgePostTagEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'post_id', length: 36 })
  postId: string;

  @PrimaryColumn('varchar', { length: 40 })
  tag: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;
}
