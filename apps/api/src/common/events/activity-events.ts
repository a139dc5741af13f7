import type { PointEventKind, PointSourceType } from '@chienowa/domain';

/**
 * Facts other contexts react to (badges, challenges, feed, notifications, quests). Published
 * only after the transaction that made them true has committed, so a listener never sees a
 * fact that was rolled back. Every event names its organization: listeners work per tenant.
 * Add new event types to this union; keep payloads small (ids, not rows).
 */
export type ActivityEvent =
  /** Every event that went through the points ledger, counted or not (views, likes, reuses …). */
  | {
      type: 'usage';
      organizationId: string;
      kind: PointEventKind;
      actorId: string | null;
      earnerId: string;
      sourceType: PointSourceType;
      sourceId: string;
      occurredAt: Date;
      counted: boolean;
      /** Why it was not counted (null when counted). */
      uncountedReason: string | null;
      points: number;
    }
  /** Ledger entries were reversed (a post unpublished, a story returned, an admin reversal). */
  | { type: 'pointsReversed'; organizationId: string; memberIds: string[]; occurredAt: Date }
  | { type: 'guidelineAcknowledged'; organizationId: string; memberId: string; occurredAt: Date }
  | { type: 'memberJoined'; organizationId: string; memberId: string; occurredAt: Date }
  /** An admin changed a member's roles (e.g. made them an ambassador). */
  | { type: 'memberRolesChanged'; organizationId: string; memberId: string; occurredAt: Date }
  | {
      type: 'storyReviewed';
      organizationId: string;
      storyId: string;
      authorId: string;
      reviewerId: string;
      decision: 'approved' | 'returned';
      title: string;
      comment: string | null;
      occurredAt: Date;
    }
  // --- recognition (kudos, feed, notifications) ---
  | {
      type: 'kudosGiven';
      organizationId: string;
      kudosId: string;
      giverId: string;
      receiverId: string;
      message: string;
      valueLabel: string;
      points: number;
      occurredAt: Date;
    }
  | {
      type: 'templateReuseMilestone';
      organizationId: string;
      templateId: string;
      authorId: string;
      title: string;
      reuses: number;
      occurredAt: Date;
    }
  // --- badges and onboarding quests ---
  | {
      type: 'badgeEarned';
      organizationId: string;
      memberBadgeId: string;
      memberId: string;
      badgeCode: string;
      /** Display name in both languages, tier included (e.g. 「投稿者 シルバー」). */
      name: { ja: string; en: string };
      tier: 'bronze' | 'silver' | 'gold' | null;
      points: number;
      occurredAt: Date;
    }
  // --- challenges ---
  | {
      type: 'challengeClosed';
      organizationId: string;
      challengeId: string;
      title: string;
      /** Winning teams/departments (ties share the win) and their members at closing. */
      winners: { unitType: 'team' | 'department'; unitId: string; name: string }[];
      winnerMemberIds: string[];
      occurredAt: Date;
    }
  // --- appeals (異議申し立て) ---
  | {
      type: 'appealResolved';
      organizationId: string;
      appealId: string;
      /** The member who appealed. */
      memberId: string;
      resolverId: string;
      outcome: 'reversed' | 'compensated' | 'rejected';
      /** Points the resolution moved for the member (negative for a reversal), 0 when rejected. */
      points: number;
      reason: string;
      occurredAt: Date;
    };

export type ActivityEventType = ActivityEvent['type'];
export type ActivityEventOf<T extends ActivityEventType> = Extract<ActivityEvent, { type: T }>;
