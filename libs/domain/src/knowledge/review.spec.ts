import {
  POST_STATUSES,
  canReviewPost,
  canTransitionPost,
  defaultReviewBy,
  needsReview,
  postTransitionPointEffect,
  reviewEarnsPoints,
  validateReviewBy,
  type ReviewablePost,
} from './review';

describe('defaultReviewBy', () => {
  it('is 180 days after the last update', () => {
    expect(defaultReviewBy('2026-04-01')).toBe('2026-09-28');
    expect(defaultReviewBy('2026-11-23')).toBe('2027-05-22');
  });

  it('crosses a leap day correctly', () => {
    expect(defaultReviewBy('2027-12-01')).toBe('2028-05-29');
  });

  it('throws for a malformed date', () => {
    expect(() => defaultReviewBy('2026-02-30')).toThrow(RangeError);
  });
});

describe('needsReview', () => {
  it('is false up to and including the review-by date, true after it', () => {
    expect(needsReview('2026-09-28', '2026-09-27')).toBe(false);
    expect(needsReview('2026-09-28', '2026-09-28')).toBe(false);
    expect(needsReview('2026-09-28', '2026-09-29')).toBe(true);
    expect(needsReview('2026-09-28', '2027-01-01')).toBe(true);
  });
});

describe('validateReviewBy', () => {
  const today = '2026-11-23';

  it('accepts a date 30–730 days ahead', () => {
    expect(validateReviewBy(' 2026-12-23 ', today)).toEqual({ ok: true, value: '2026-12-23' });
    expect(validateReviewBy('2028-11-22', today)).toEqual({ ok: true, value: '2028-11-22' });
  });

  it('rejects malformed, too soon and too late dates', () => {
    const code = (s: string) => {
      const r = validateReviewBy(s, today);
      return r.ok ? null : r.errors[0]?.code;
    };
    expect(code('2026/12/23')).toBe('reviewBy.invalid');
    expect(code('2026-02-30')).toBe('reviewBy.invalid');
    expect(code('2026-12-22')).toBe('reviewBy.tooSoon');
    expect(code('2026-11-01')).toBe('reviewBy.tooSoon');
    expect(code('2028-11-23')).toBe('reviewBy.tooLate');
  });
});

describe('canReviewPost and reviewEarnsPoints', () => {
  const post: ReviewablePost = {
    status: 'published',
    ownerId: 'owner',
    ownerActive: true,
    reviewBy: '2026-09-28',
  };

  it('lets only the active owner review', () => {
    expect(canReviewPost('owner', post)).toBe(true);
    expect(canReviewPost('someone', post)).toBe(false);
  });

  it('lets anyone review an orphaned post', () => {
    expect(canReviewPost('someone', { ...post, ownerActive: false })).toBe(true);
    expect(canReviewPost('someone', { ...post, ownerId: null })).toBe(true);
  });

  it('reviews only published posts', () => {
    expect(canReviewPost('owner', { ...post, status: 'draft' })).toBe(false);
    expect(canReviewPost('owner', { ...post, status: 'archived' })).toBe(false);
  });

  it('pays only when the post was due', () => {
    expect(reviewEarnsPoints(post, '2026-09-29')).toBe(true);
    expect(reviewEarnsPoints(post, '2026-09-28')).toBe(false);
    expect(reviewEarnsPoints({ ...post, status: 'archived' }, '2027-01-01')).toBe(false);
  });
});

describe('post status', () => {
  it('allows the listed transitions only', () => {
    const allowed = [
      'draft>published',
      'draft>archived',
      'published>draft',
      'published>archived',
      'archived>published',
    ];
    for (const from of POST_STATUSES) {
      for (const to of POST_STATUSES) {
        expect([from, to, canTransitionPost(from, to)]).toEqual([
          from,
          to,
          allowed.includes(`${from}>${to}`),
        ]);
      }
    }
  });

  it('awards on publishing and reverses on leaving published', () => {
    expect(postTransitionPointEffect('draft', 'published')).toBe('award');
    expect(postTransitionPointEffect('archived', 'published')).toBe('award');
    expect(postTransitionPointEffect('published', 'draft')).toBe('reverse');
    expect(postTransitionPointEffect('published', 'archived')).toBe('reverse');
    expect(postTransitionPointEffect('draft', 'archived')).toBe('none');
    expect(postTransitionPointEffect('archived', 'draft')).toBe('none'); // not allowed
  });
});
