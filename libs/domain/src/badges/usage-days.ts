// The daily activity aggregate: per member, role, kind and local day, how many usage events
// count toward badge metrics ("genuine") and how many earned points ("counted"). The API keeps
// it next to the usage log in the same transaction, so reading a member's metrics costs
// O(active days) rows instead of their whole history (a popular author's views run to
// hundreds of thousands of usage rows a year).
import type { PointEventKind } from '../points/point-rules';
import {
  GENUINE_UNCOUNTED_REASONS,
  METRIC_PERFORMED_KINDS,
  METRIC_RECEIVED_KINDS,
} from './badge-evaluation';

export type UsageDayRole = 'earner' | 'actor';

/** What one usage event adds to the aggregate rows of its members. */
export type UsageDayContribution = {
  memberId: string;
  role: UsageDayRole;
  genuine: number;
  counted: number;
};

export type UsageFacts = {
  kind: PointEventKind | string;
  earnerId: string;
  actorId: string | null;
  counted: boolean;
  uncountedReason: string | null;
};

/** Counted, or left unpaid only by a daily cap or a zero rule (the event still happened). */
export const isGenuineUsage = (u: Pick<UsageFacts, 'counted' | 'uncountedReason'>): boolean =>
  u.counted ||
  (u.uncountedReason !== null &&
    (GENUINE_UNCOUNTED_REASONS as readonly string[]).includes(u.uncountedReason));

/**
 * Actor rows are kept for the kinds a metric reads as performed; earner rows for every kind
 * (the HR export counts posts, views, reuses, stories and kudos received). Views as a viewer
 * have no actor row: nothing reads them, and they are most of the traffic.
 */
export const USAGE_DAY_ACTOR_KINDS: readonly string[] = METRIC_PERFORMED_KINDS;

/** The aggregate rows one usage event adds to (none when it neither counts nor is genuine). */
export const usageDayContributions = (u: UsageFacts): UsageDayContribution[] => {
  const genuine = isGenuineUsage(u) ? 1 : 0;
  const counted = u.counted ? 1 : 0;
  if (genuine === 0) return []; // counted implies genuine
  const rows: UsageDayContribution[] = [{ memberId: u.earnerId, role: 'earner', genuine, counted }];
  if (u.actorId !== null && USAGE_DAY_ACTOR_KINDS.includes(u.kind)) {
    rows.push({ memberId: u.actorId, role: 'actor', genuine, counted });
  }
  return rows;
};

/**
 * The members whose badge metrics one usage event moves, so the only ones worth evaluating
 * after it: the earner when metrics read the kind as received, the actor when they read it as
 * performed, nobody when the event is not genuine. A view moves its author's metrics only (a
 * burst of views queues the authors, not every reader).
 */
export const membersWithMovedMetrics = (u: UsageFacts): string[] => {
  if (!isGenuineUsage(u)) return [];
  const ids = new Set<string>();
  if ((METRIC_RECEIVED_KINDS as readonly string[]).includes(u.kind)) ids.add(u.earnerId);
  if (u.actorId !== null && (METRIC_PERFORMED_KINDS as readonly string[]).includes(u.kind)) {
    ids.add(u.actorId);
  }
  return [...ids];
};
