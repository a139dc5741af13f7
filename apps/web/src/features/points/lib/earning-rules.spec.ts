import { earningRules } from './earning-rules';

const rule = (kind: string, points: number) => ({
  kind,
  points,
  label: kind,
  category: 'posts',
  dailyCap: null,
});

describe('earningRules', () => {
  it('lists rules that pay, biggest first, without manual adjustments', () => {
    expect(
      earningRules([
        rule('viewReceived', 1),
        rule('knowledgePublished', 10),
        rule('templatePublished', 10),
        rule('badgeAwarded', 0),
        rule('manualAdjustment', 5),
        rule('storyApproved', 30),
      ]).map((r) => r.kind),
    ).toEqual(['storyApproved', 'knowledgePublished', 'templatePublished', 'viewReceived']);
  });
});
