import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * One item of the recognition feed (ホーム). Written by event handlers, once per source
 * (`source_key`, e.g. kudos:<id>). Ids are UUIDv7, so id order is time order.
 */
@Entity('feed_items')
@Index('uq_feed_items_org_source', ['organizationId', 'sourceKey'], { unique: true })
@Index('ix_feed_items_org_department', ['organizationId', 'departmentId', 'id'])
@Index('ix_feed_items_org_actor', ['organizationId', 'actorId', 'id'])
@Index('ix_feed_items_org_subject', ['organizationId', 'subjectId', 'id'])
// The feed page: newest first within one organization.
@Index('ix_feed_items_org_id', ['organizationId', 'id'])
export class FeedItemEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'source_key', length: 120 })
  sourceKey: string;

  @Column('varchar', { length: 32 })
  type: string;

  /** Who did it (the kudos giver); null for system events. */
  @Column('varchar', { name: 'actor_id', length: 36, nullable: true })
  actorId: string | null;

  /** Who it is about (the receiver, the badge earner, the story author …). */
  @Column('varchar', { name: 'subject_id', length: 36, nullable: true })
  subjectId: string | null;

  /** The subject's department when the item was written: the "my department" filter. */
  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  /** Type-specific fields as JSON (see feed-payload.ts); typed again in the GraphQL model. */
  @Column('text')
  payload: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
