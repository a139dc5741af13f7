import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { NotificationType } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { NotFoundError } from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { insertIfAbsent } from '../../../database/dialect-sql';
import { NotificationEntity } from '../entities/notification.entity';
import { LiveEvents } from './live-events';
import type { RecognitionPayload } from './recognition-payload';

export type NewNotification = {
  memberId: string;
  sourceKey: string;
  type: NotificationType;
  actorId: string | null;
  payload: RecognitionPayload;
  createdAt: Date;
};

/** The bell: a member's notifications, written once per source and recipient. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly live: LiveEvents,
  ) {}

  async create(tenant: Tenant, n: NewNotification): Promise<boolean> {
    return this.db.transaction(tenant, async (scope) => {
      const row: NotificationEntity = {
        id: uuidv7(),
        organizationId: tenant.organizationId,
        memberId: n.memberId,
        sourceKey: n.sourceKey,
        type: n.type,
        actorId: n.actorId,
        payload: JSON.stringify(n.payload),
        readAt: null,
        createdAt: n.createdAt,
      };
      const inserted = await insertIfAbsent(
        scope.manager,
        'notifications',
        [
          'id',
          'organization_id',
          'member_id',
          'source_key',
          'type',
          'actor_id',
          'payload',
          'read_at',
          'created_at',
        ],
        [
          row.id,
          row.organizationId,
          row.memberId,
          row.sourceKey,
          row.type,
          row.actorId,
          row.payload,
          null,
          row.createdAt,
        ],
      );
      if (inserted) scope.afterCommit(() => this.live.notificationAdded(row));
      return inserted;
    });
  }

  async list(
    viewer: Viewer,
    first: number,
    after: string | null,
  ): Promise<{ nodes: NotificationEntity[]; hasNextPage: boolean }> {
    assertPageSize(first);
    const qb = this.db
      .scope(viewer)
      .repo(NotificationEntity)
      .query('n')
      .andWhere('n.memberId = :me', { me: viewer.memberId });
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('n.id < :after', { after: String(id) });
    }
    const rows = await qb
      .orderBy('n.id', 'DESC')
      .take(first + 1)
      .getMany();
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  cursorOf(n: { id: string }): string {
    return encodeCursor([n.id]);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.db
      .scope(viewer)
      .repo(NotificationEntity)
      .countBy({ memberId: viewer.memberId, readAt: IsNull() });
  }

  /** Marks one of the viewer's notifications read (already read: unchanged). */
  async markRead(viewer: Viewer, id: string): Promise<NotificationEntity> {
    const repo = this.db.scope(viewer).repo(NotificationEntity);
    const n = await repo.findOneBy({ id, memberId: viewer.memberId });
    if (!n) throw new NotFoundError('Notification');
    if (n.readAt) return n;
    const readAt = new Date();
    await repo.update({ id, memberId: viewer.memberId, readAt: IsNull() }, { readAt });
    return { ...n, readAt };
  }

  /** Returns how many were marked. */
  markAllRead(viewer: Viewer): Promise<number> {
    return this.db
      .scope(viewer)
      .repo(NotificationEntity)
      .update({ memberId: viewer.memberId, readAt: IsNull() }, { readAt: new Date() });
  }
}
