import type { FeedItemType, NotificationType } from '@chienowa/domain';
import {
  FeedItemTypeEnum,
  NotificationTypeEnum,
  type FeedBadgeModel,
  type FeedChallengeModel,
  type FeedItemModel,
  type FeedKudosModel,
  type FeedStoryModel,
  type FeedTemplateMilestoneModel,
  type NotificationAppealModel,
  type NotificationModel,
} from '../dto/recognition.model';
import type { FeedItemEntity } from '../entities/feed-item.entity';
import type { NotificationEntity } from '../entities/notification.entity';

/**
 * The type-specific part of a feed item or notification, stored as JSON text and typed again
 * for the client (one nullable object per kind, never a JSON scalar).
 */
export type RecognitionPayload = {
  kudos?: FeedKudosModel;
  badge?: FeedBadgeModel;
  story?: FeedStoryModel;
  challenge?: FeedChallengeModel;
  templateMilestone?: FeedTemplateMilestoneModel;
  appeal?: NotificationAppealModel;
};

const parse = (text: string): RecognitionPayload => {
  try {
    return JSON.parse(text) as RecognitionPayload;
  } catch {
    return {};
  }
};

const parts = (payload: RecognitionPayload) => ({
  kudos: payload.kudos ?? null,
  badge: payload.badge ?? null,
  story: payload.story ?? null,
  challenge: payload.challenge ?? null,
  templateMilestone: payload.templateMilestone ?? null,
});

export function toFeedItemModel(row: FeedItemEntity): FeedItemModel {
  return {
    id: row.id,
    type: row.type as FeedItemType as FeedItemTypeEnum,
    createdAt: row.createdAt,
    actorId: row.actorId,
    subjectId: row.subjectId,
    ...parts(parse(row.payload)),
  };
}

export function toNotificationModel(row: NotificationEntity): NotificationModel {
  return {
    id: row.id,
    type: row.type as NotificationType as NotificationTypeEnum,
    createdAt: row.createdAt,
    readAt: row.readAt,
    read: row.readAt !== null,
    actorId: row.actorId,
    ...parts(parse(row.payload)),
    appeal: parse(row.payload).appeal ?? null,
  };
}
