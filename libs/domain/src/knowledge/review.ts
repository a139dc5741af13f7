// Keeping knowledge alive: every post has an owner and a review-by date; past it the post is
// stale ("needs review") until the owner, or anyone if the post is orphaned, confirms or
// updates it. Dates are local calendar days in the organization's time zone ('YYYY-MM-DD';
// see localDate), so "past" flips at the organization's midnight.
import {
  addDays,
  compareCivilDates,
  formatCivilDate,
  parseCivilDate,
  requireCivilDate,
} from '../shared/civil-date';
import { fail, fieldError, ok, type Result } from '../shared/result';

export const REVIEW_INTERVAL_DAYS = 180;
/** A chosen review-by date must be at least this far ahead, so a review cannot be farmed daily. */
export const MIN_REVIEW_INTERVAL_DAYS = 30;
/** …and at most this far, so nothing is parked for years. */
export const MAX_REVIEW_INTERVAL_DAYS = 730;

/** 180 days after the last update (local dates). Throws RangeError for a malformed date. */
export const defaultReviewBy = (lastUpdatedLocalDate: string): string =>
  formatCivilDate(
    addDays(requireCivilDate(lastUpdatedLocalDate, 'lastUpdatedLocalDate'), REVIEW_INTERVAL_DAYS),
  );

/** True once `today` is after the review-by date (on the date itself it is still fresh). */
export const needsReview = (reviewBy: string, today: string): boolean =>
  compareCivilDates(requireCivilDate(today, 'today'), requireCivilDate(reviewBy, 'reviewBy')) > 0;

/** A review-by date an author picks: a real date 30–730 days after today. */
export const validateReviewBy = (input: string, today: string): Result<string> => {
  const date = parseCivilDate(input.trim());
  if (!date) {
    return fail([fieldError('reviewBy', 'reviewBy.invalid', 'Enter a date as YYYY-MM-DD.')]);
  }
  const base = requireCivilDate(today, 'today');
  const earliest = addDays(base, MIN_REVIEW_INTERVAL_DAYS);
  const latest = addDays(base, MAX_REVIEW_INTERVAL_DAYS);
  if (compareCivilDates(date, earliest) < 0) {
    return fail([
      fieldError(
        'reviewBy',
        'reviewBy.tooSoon',
        `Choose a review date at least ${MIN_REVIEW_INTERVAL_DAYS} days ahead (${formatCivilDate(earliest)} or later).`,
      ),
    ]);
  }
  if (compareCivilDates(date, latest) > 0) {
    return fail([
      fieldError(
        'reviewBy',
        'reviewBy.tooLate',
        `Choose a review date at most ${MAX_REVIEW_INTERVAL_DAYS} days ahead (${formatCivilDate(latest)} or earlier).`,
      ),
    ]);
  }
  return ok(formatCivilDate(date));
};

export type ReviewablePost = {
  status: PostStatus;
  /** null when the owner left (deactivated member) or was never set. */
  ownerId: string | null;
  ownerActive: boolean;
  reviewBy: string;
};

/** The owner reviews; once the post is orphaned (no active owner) any member may. */
export const canReviewPost = (memberId: string, post: ReviewablePost): boolean =>
  post.status === 'published' &&
  (post.ownerId === null || !post.ownerActive || post.ownerId === memberId);

/**
 * A review earns the knowledgeReviewed points only when the post was actually due; confirming a
 * fresh post is allowed but pays nothing. The new review-by date is then today + 180 days
 * (or the reviewer's choice, see validateReviewBy).
 */
export const reviewEarnsPoints = (post: ReviewablePost, today: string): boolean =>
  post.status === 'published' && needsReview(post.reviewBy, today);

// ---------------------------------------------------------------- post status

export const POST_STATUSES = ['draft', 'published', 'archived'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const POST_STATUS_LABELS: Record<PostStatus, { ja: string; en: string }> = {
  draft: { ja: '下書き', en: 'Draft' },
  published: { ja: '公開中', en: 'Published' },
  archived: { ja: 'アーカイブ', en: 'Archived' },
};

// published → draft is "unpublish" (e.g. to fix a leak); archived → published restores.
const POST_TRANSITIONS: Record<PostStatus, readonly PostStatus[]> = {
  draft: ['published', 'archived'],
  published: ['draft', 'archived'],
  archived: ['published'],
};

export const canTransitionPost = (from: PostStatus, to: PostStatus): boolean =>
  POST_TRANSITIONS[from].includes(to);

/**
 * What a status change means for the knowledgePublished points: entering `published` awards,
 * leaving it writes a reversal of the award still standing. Publishing again later awards again
 * (net one award while published), so publish/unpublish loops earn nothing; the idempotency key
 * of each award must therefore include a counter (e.g. `publish:<postId>:<n>`).
 */
export const postTransitionPointEffect = (
  from: PostStatus,
  to: PostStatus,
): 'award' | 'reverse' | 'none' => {
  if (!canTransitionPost(from, to)) return 'none';
  if (to === 'published') return 'award';
  if (from === 'published') return 'reverse';
  return 'none';
};
