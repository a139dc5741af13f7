// Deciding whether an event earns points, and how many. Pure: the caller loads what the
// decision needs (rule set, what the earner already earned today for this kind, whether the
// dedupe key was already counted) and, under a lock or unique constraint, stores the result.
//
// Anti-gaming rules, in order:
// 1. selfAction: nothing for acting on one's own content (own views, likes, reuses, forks,
//    one's own story bonus or approval, kudos or badges one gives oneself, adjusting oneself).
// 2. duplicateToday: one counted view per viewer per post per local day, one counted reuse per
//    member per template per local day, one like and one fork per member per item ever, one
//    review per post per day (see dedupeKeyFor).
// 3. zeroRule: the rule (or the event's amount) is worth 0 points.
// 4. dailyCapReached: the earner already has the kind's daily cap for this local day.
//    Below the cap an event is paid PARTIALLY up to the cap: with cap 50 and 49 earned, a
//    5-point event pays 1. Paying in full would overshoot the cap; paying nothing would make
//    the cap depend on event sizes. Partial pay keeps the cap exact.
// An uncounted event is still usage (views, reuses …): the caller records it in usage
// statistics, just not in the ledger.
import { localDate } from '../periods/zoned-time';
import { type PeriodSettings } from '../periods/period';
import {
  POINT_EVENT_SOURCE,
  VARIABLE_POINT_KINDS,
  type PointCategory,
  type PointEventKind,
  type PointRuleSet,
  type PointSourceType,
} from './point-rules';
import { totalPeriodKeys, type TotalPeriodKeys } from './ledger';

export type PointEvent = {
  kind: PointEventKind;
  /** Who would receive the points. */
  earnerId: string;
  /** Who caused the event (viewer, reuser, reviewer, kudos giver, admin); null = the system. */
  actorId: string | null;
  sourceType: PointSourceType;
  sourceId: string;
  occurredAt: Date;
  /**
   * Only for kudosReceived (after pair damping), badgeAwarded, challengeWon and manualAdjustment:
   * the points the kudos, badge, challenge or admin grants (negative only for manualAdjustment).
   * Other kinds are paid by their rule.
   */
  amount?: number;
};

export type AwardContext = {
  ruleSet: PointRuleSet;
  settings: PeriodSettings;
  /**
   * Points the earner has already been paid today (organization's local day, see
   * periodOf('day', …)) for this kind: the sum of positive, non-reversal entries, so reversing
   * an entry does not reopen the cap.
   */
  earnedTodayForKind: number;
  /**
   * Whether an earlier event with the same dedupeKeyFor(event) was counted. Day-scoped keys
   * (views, reuses, reviews) make this "counted earlier today"; likes and forks are lifetime.
   * Ignored when the key is null.
   */
  alreadyCountedToday: boolean;
};

export type UncountedReason =
  | 'selfAction'
  | 'duplicateToday'
  | 'dailyCapReached'
  | 'zeroRule'
  // The actor already credited this earner PER_TARGET_WEEKLY_CAP times this ISO week (likes,
  // kudos); decided by the ledger under a lock, see recognition/per-target-cap.ts.
  | 'perTargetCap';

/** Why the points are what they are: shown to the member and kept for HR. */
export type AwardReason = {
  kind: PointEventKind;
  /** The rule's points, or the event's amount for variable kinds. */
  basePoints: number;
  dailyCap: number | null;
  earnedTodayBefore: number;
  /** True when the cap cut the award below basePoints. */
  partial: boolean;
};

export type AwardDecision =
  | {
      counted: true;
      points: number;
      kind: PointEventKind;
      category: PointCategory;
      ruleVersion: number;
      reason: AwardReason;
      dedupeKey: string | null;
      /** Totals to increment: the six period keys in the organization's zone, plus 'all'. */
      periodKeys: TotalPeriodKeys;
    }
  | { counted: false; reason: UncountedReason; dedupeKey: string | null };

// Kinds where the actor and the earner must differ; publishing and reviewing one's own
// content is the point of those kinds.
const SELF_EXCLUDED: ReadonlySet<PointEventKind> = new Set<PointEventKind>([
  'viewReceived',
  'likeReceived',
  'templateReused',
  'templateForked',
  'storyApproved',
  'storyTemplateBonus',
  'kudosReceived',
  'badgeAwarded',
  'challengeWon',
  'manualAdjustment',
]);

// Kinds that only a member can cause (and whose dedupe keys name that member).
const ACTOR_REQUIRED: ReadonlySet<PointEventKind> = new Set<PointEventKind>([
  'viewReceived',
  'likeReceived',
  'templateReused',
  'templateForked',
  'storyApproved',
  'storyTemplateBonus',
  'kudosReceived',
  'manualAdjustment',
]);

export const MAX_EVENT_AMOUNT = 100_000;

/**
 * The key that makes repeated events count once: the API stores it with a unique constraint.
 * - view:<postId>:<viewerId>:<YYYY-MM-DD>   (day in the organization's zone)
 * - reuse:<templateId>:<memberId>:<YYYY-MM-DD>
 * - like:<postId>:<memberId>                 (lifetime: unlike + like again pays nothing)
 * - fork:<templateId>:<memberId>             (lifetime)
 * - review:<postId>:<YYYY-MM-DD>             (one paid review per post per day, whoever reviews)
 * - null for every other kind: those are guarded by idempotency keys and state transitions.
 */
export const dedupeKeyFor = (event: PointEvent, settings: { timeZone: string }): string | null => {
  const day = () => localDate(event.occurredAt, settings.timeZone);
  switch (event.kind) {
    case 'viewReceived':
      return `view:${event.sourceId}:${event.actorId}:${day()}`;
    case 'templateReused':
      return `reuse:${event.sourceId}:${event.actorId}:${day()}`;
    case 'likeReceived':
      return `like:${event.sourceId}:${event.actorId}`;
    case 'templateForked':
      return `fork:${event.sourceId}:${event.actorId}`;
    case 'knowledgeReviewed':
      return `review:${event.sourceId}:${day()}`;
    default:
      return null;
  }
};

/** Points payable under a daily cap: all, part (up to the cap) or 0. */
export const applyDailyCap = (
  points: number,
  dailyCap: number | null,
  earnedToday: number,
): number =>
  dailyCap === null || points <= 0 ? points : Math.max(0, Math.min(points, dailyCap - earnedToday));

const assertWellFormed = (event: PointEvent): void => {
  if (!(event.occurredAt instanceof Date) || Number.isNaN(event.occurredAt.getTime())) {
    throw new RangeError('occurredAt must be a valid Date');
  }
  const expected = POINT_EVENT_SOURCE[event.kind];
  if (event.sourceType !== expected) {
    throw new RangeError(`${event.kind} must be about a ${expected}, got ${event.sourceType}`);
  }
  if (ACTOR_REQUIRED.has(event.kind) && event.actorId === null) {
    throw new RangeError(`${event.kind} needs the member who caused it (actorId)`);
  }
  if (event.amount === undefined) return;
  if (!VARIABLE_POINT_KINDS.includes(event.kind)) {
    throw new RangeError(`${event.kind} is paid by its rule; it takes no amount`);
  }
  const min = event.kind === 'manualAdjustment' ? -MAX_EVENT_AMOUNT : 0;
  if (!Number.isInteger(event.amount) || event.amount < min || event.amount > MAX_EVENT_AMOUNT) {
    throw new RangeError(`amount must be a whole number from ${min} to ${MAX_EVENT_AMOUNT}`);
  }
};

/**
 * Whether and how much an event pays, with the reason. Throws RangeError for a malformed event
 * (wrong source type for the kind, missing actor, amount on a fixed-rule kind): those are bugs,
 * not user input.
 */
export const decideAward = (event: PointEvent, context: AwardContext): AwardDecision => {
  assertWellFormed(event);
  const dedupeKey = dedupeKeyFor(event, context.settings);
  const uncounted = (reason: UncountedReason): AwardDecision => ({
    counted: false,
    reason,
    dedupeKey,
  });

  if (SELF_EXCLUDED.has(event.kind) && event.actorId === event.earnerId) {
    return uncounted('selfAction');
  }
  if (dedupeKey !== null && context.alreadyCountedToday) return uncounted('duplicateToday');

  const rule = context.ruleSet.rules[event.kind];
  const basePoints = event.amount ?? rule.points;
  if (basePoints === 0) return uncounted('zeroRule');

  const earnedTodayBefore = Math.max(0, context.earnedTodayForKind);
  const points = applyDailyCap(basePoints, rule.dailyCap, earnedTodayBefore);
  if (points === 0) return uncounted('dailyCapReached');

  return {
    counted: true,
    points,
    kind: event.kind,
    category: rule.category,
    ruleVersion: context.ruleSet.version,
    reason: {
      kind: event.kind,
      basePoints,
      dailyCap: rule.dailyCap,
      earnedTodayBefore,
      partial: points < basePoints,
    },
    dedupeKey,
    periodKeys: totalPeriodKeys(event.occurredAt, context.settings),
  };
};
