// Success-story workflow: draft → submitted → approved or returned, reviewed by a manager or
// ambassador of the author's department, never by the author.
import { hasAnyRole, type Role } from '../identity/roles';
import { fail, fieldError, ok, type Result } from '../shared/result';
import { codePointLength } from '../shared/text';

export const STORY_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const STORY_STATUS_LABELS: Record<StoryStatus, { ja: string; en: string }> = {
  draft: { ja: '下書き', en: 'Draft' },
  submitted: { ja: '承認待ち', en: 'Submitted' },
  approved: { ja: '承認済み', en: 'Approved' },
  returned: { ja: '差し戻し', en: 'Returned' },
};

export type StoryActor = 'author' | 'reviewer';

// Who moves a story where. approved → returned lets a reviewer take back an approval made in
// error; the API then writes reversal entries for the points it paid.
const STORY_TRANSITIONS: Record<StoryStatus, Partial<Record<StoryStatus, StoryActor>>> = {
  draft: { submitted: 'author' },
  submitted: { draft: 'author', approved: 'reviewer', returned: 'reviewer' },
  returned: { submitted: 'author' },
  approved: { returned: 'reviewer' },
};

/** Whether the workflow allows `from → to` at all (who may do it: storyTransitionActor). */
export const canTransitionStory = (from: StoryStatus, to: StoryStatus): boolean =>
  STORY_TRANSITIONS[from][to] !== undefined;

/** Same as canTransitionStory. */
export const canTransition = canTransitionStory;

/** Who performs `from → to`: the author, a reviewer (see canReviewStory), or null if not allowed. */
export const storyTransitionActor = (from: StoryStatus, to: StoryStatus): StoryActor | null =>
  STORY_TRANSITIONS[from][to] ?? null;

export type StoryReviewer = {
  id: string;
  roles: readonly Role[];
  /**
   * The departments this person reviews for: their own departments AND all their descendants
   * (a manager of 営業部 reviews stories from 第一営業課). The caller computes the closure from
   * the department tree; the domain does not know the tree.
   */
  departmentIds: readonly string[];
};

export type ReviewedStory = { authorId: string; authorDepartmentId: string | null };

const REVIEWER_ROLES: readonly Role[] = ['manager', 'ambassador'];

/**
 * A manager or ambassador whose departments include the author's, and never the author. An
 * author without a department has no reviewer here; the API must route such stories (e.g. ask
 * the admin to assign a department) rather than let anyone approve them.
 */
export const canReviewStory = ({
  reviewer,
  story,
}: {
  reviewer: StoryReviewer;
  story: ReviewedStory;
}): boolean =>
  reviewer.id !== story.authorId &&
  hasAnyRole(reviewer.roles, REVIEWER_ROLES) &&
  story.authorDepartmentId !== null &&
  reviewer.departmentIds.includes(story.authorDepartmentId);

export const REVIEW_COMMENT_MAX_LENGTH = 2_000;

/** A return needs a comment telling the author what to change; an approval's is optional. */
export const validateStoryReview = (input: {
  decision: 'approved' | 'returned';
  comment: string | null;
}): Result<{ decision: 'approved' | 'returned'; comment: string | null }> => {
  const comment = input.comment?.trim() ?? '';
  if (input.decision === 'returned' && comment === '') {
    return fail([
      fieldError(
        'comment',
        'comment.required',
        'Tell the author what to change before returning the story.',
      ),
    ]);
  }
  if (codePointLength(comment) > REVIEW_COMMENT_MAX_LENGTH) {
    return fail([
      fieldError(
        'comment',
        'comment.tooLong',
        `The comment must be at most ${REVIEW_COMMENT_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  return ok({ decision: input.decision, comment: comment === '' ? null : comment });
};
