import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** An in-app notification (the bell) for one member; written once per source and recipient. */
@Entity('notifications')
@Index('uq_notifications_org_member_source', ['organizationId', 'memberId', 'sourceKey'], {
  unique: true,
})
@Index('ix_notifications_org_member_id', ['organizationId', 'memberId', 'id'])
export class NotificationEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** The recipient. */
  @Column('varchar', { name: 'member_id', length: 36 })
  memberId: string;

  @Column('varchar', { name: 'source_key', length: 120 })
  sourceKey: string;

  @Column('varchar', { length: 32 })
  type: string;

  /** Who caused it (the kudos giver, the story reviewer); null for the system. */
  @Column('varchar', { name: 'actor_id', length: 36, nullable: true })
  actorId: string | null;

  @Column('text')
  payload: string;

  @Column('datetime', { name: 'read_at', nullable: true })
  readAt: Date | null;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
