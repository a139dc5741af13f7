import type { BadgeMetric } from '../badges/badge-criteria';
import { ONBOARDING_STEPS, evaluateOnboarding } from './onboarding';

describe('evaluateOnboarding', () => {
  const values = (done: BadgeMetric[]) => (m: BadgeMetric) => (done.includes(m) ? 1 : 0);

  it('lists the five steps in order, none done for a new member', () => {
    const s = evaluateOnboarding(values([]));
    expect(s.steps.map((x) => x.key)).toEqual([
      'acknowledgeGuideline',
      'useTemplate',
      'likePost',
      'publishPost',
      'giveKudos',
    ]);
    expect(s).toMatchObject({ doneCount: 0, total: 5, complete: false });
    for (const step of ONBOARDING_STEPS) expect(step.title.ja && step.title.en).toBeTruthy();
  });

  it('marks each step done from its metric and completes only when all are done', () => {
    const partial = evaluateOnboarding(values(['guidelineAcknowledged', 'templatesUsed']));
    expect(partial.steps.filter((x) => x.done).map((x) => x.key)).toEqual([
      'acknowledgeGuideline',
      'useTemplate',
    ]);
    expect(partial).toMatchObject({ doneCount: 2, complete: false });
    const all = evaluateOnboarding(
      values([
        'guidelineAcknowledged',
        'templatesUsed',
        'likesGiven',
        'postsPublished',
        'kudosGiven',
      ]),
    );
    expect(all).toMatchObject({ doneCount: 5, complete: true });
  });

  it('counts a metric above 1 as done', () => {
    expect(evaluateOnboarding(() => 7).complete).toBe(true);
  });
});
