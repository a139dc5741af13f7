import {
  STORY_STATUSES,
  canReviewStory,
  canTransition,
  canTransitionStory,
  storyTransitionActor,
  validateStoryReview,
  type StoryReviewer,
} from './story-workflow';

describe('story workflow', () => {
  const allowed: [string, string, string][] = [
    ['draft', 'submitted', 'author'],
    ['submitted', 'draft', 'author'],
    ['submitted', 'approved', 'reviewer'],
    ['submitted', 'returned', 'reviewer'],
    ['returned', 'submitted', 'author'],
    ['approved', 'returned', 'reviewer'],
  ];

  it('allows exactly the listed transitions, each with its actor', () => {
    for (const from of STORY_STATUSES) {
      for (const to of STORY_STATUSES) {
        const rule = allowed.find(([f, t]) => f === from && t === to);
        expect([from, to, canTransitionStory(from, to)]).toEqual([from, to, rule !== undefined]);
        expect(storyTransitionActor(from, to)).toBe(rule?.[2] ?? null);
      }
    }
    expect(canTransition).toBe(canTransitionStory);
  });

  it('never approves a draft directly or reopens an approval as a draft', () => {
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('approved', 'draft')).toBe(false);
    expect(canTransition('approved', 'approved')).toBe(false);
  });
});

describe('canReviewStory', () => {
  const story = { authorId: 'author', authorDepartmentId: 'sales-1' };
  const manager: StoryReviewer = {
    id: 'boss',
    roles: ['staff', 'manager'],
    departmentIds: ['sales', 'sales-1', 'sales-2'],
  };

  it('lets a manager of the department or a parent department review', () => {
    expect(canReviewStory({ reviewer: manager, story })).toBe(true);
  });

  it('lets an ambassador of the department review', () => {
    const ambassador = { id: 'amb', roles: ['ambassador'] as const, departmentIds: ['sales-1'] };
    expect(canReviewStory({ reviewer: ambassador, story })).toBe(true);
  });

  it('refuses the author, even a manager reviewing their own story', () => {
    expect(canReviewStory({ reviewer: { ...manager, id: 'author' }, story })).toBe(false);
  });

  it('refuses other departments, plain staff, HR and admins', () => {
    expect(canReviewStory({ reviewer: { ...manager, departmentIds: ['dev'] }, story })).toBe(false);
    for (const roles of [['staff'], ['hr'], ['admin']] as const) {
      expect(canReviewStory({ reviewer: { ...manager, roles }, story })).toBe(false);
    }
  });

  it('refuses when the author has no department', () => {
    expect(
      canReviewStory({ reviewer: manager, story: { ...story, authorDepartmentId: null } }),
    ).toBe(false);
  });
});

describe('validateStoryReview', () => {
  it('requires a comment when returning', () => {
    const r = validateStoryReview({ decision: 'returned', comment: '  ' });
    expect(r.ok === false && r.errors[0]?.code).toBe('comment.required');
    expect(
      validateStoryReview({ decision: 'returned', comment: ' 数値の根拠を追記してください ' }),
    ).toEqual({
      ok: true,
      value: { decision: 'returned', comment: '数値の根拠を追記してください' },
    });
  });

  it('makes the comment optional when approving and caps its length', () => {
    expect(validateStoryReview({ decision: 'approved', comment: null })).toEqual({
      ok: true,
      value: { decision: 'approved', comment: null },
    });
    const long = validateStoryReview({ decision: 'approved', comment: 'あ'.repeat(2001) });
    expect(long.ok === false && long.errors[0]?.code).toBe('comment.tooLong');
  });
});
