// Per-target weekly cap: one member can credit the same colleague only a few times per ISO week
// (organization's time zone) with likes and kudos. Further likes/kudos are still recorded (and
// shown) but pay nothing (uncounted reason 'perTargetCap'). Together with daily caps and pair
// damping this keeps a friendly circle from dominating the ranking.
import type { PointEventKind } from '../points/point-rules';

export const PER_TARGET_WEEKLY_CAP = 3;

/** The kinds the per-target cap applies to: deliberate credits from one member to another. */
export const PER_TARGET_CAPPED_KINDS: readonly PointEventKind[] = ['likeReceived', 'kudosReceived'];

export const isPerTargetCapped = (kind: PointEventKind): boolean =>
  PER_TARGET_CAPPED_KINDS.includes(kind);

/**
 * Whether a credit from `actorId` to `earnerId` is over the cap, given how many credits of this
 * kind the actor already paid the earner this ISO week. Self-credits and system events are
 * never subject to it (they are excluded elsewhere).
 */
export const perTargetCapReached = (
  creditsThisWeek: number,
  cap: number = PER_TARGET_WEEKLY_CAP,
): boolean => creditsThisWeek >= cap;
