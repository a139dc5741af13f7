import {
  EMPTY_CUSTOM_BADGE,
  missingBadgeFields,
  periodsFor,
  toCreateBadgeInput,
  withMetric,
} from './custom-badge-form';

const postsPublished = {
  key: 'postsPublished',
  periods: ['month', 'allTime', 'week'],
  yesNo: false,
};
const guideline = { key: 'guidelineAcknowledged', periods: ['allTime'], yesNo: true };

describe('periodsFor', () => {
  it('offers the metric’s periods in display order, all time always', () => {
    expect(periodsFor(postsPublished)).toEqual(['allTime', 'week', 'month']);
    expect(periodsFor({ key: 'x', periods: [], yesNo: false })).toEqual(['allTime']);
    expect(periodsFor(undefined)).toEqual(['allTime']);
  });
});

describe('withMetric', () => {
  it('keeps a period the new metric supports', () => {
    const values = withMetric(
      { ...EMPTY_CUSTOM_BADGE, period: 'month', threshold: 5 },
      postsPublished,
    );
    expect(values).toMatchObject({ metric: 'postsPublished', period: 'month', threshold: 5 });
  });

  it('falls back to all time and threshold 1 for a yes/no metric', () => {
    const values = withMetric({ ...EMPTY_CUSTOM_BADGE, period: 'month', threshold: 5 }, guideline);
    expect(values).toMatchObject({
      metric: 'guidelineAcknowledged',
      period: 'allTime',
      threshold: 1,
    });
  });
});

describe('missingBadgeFields', () => {
  it('lists the blank required fields', () => {
    expect(missingBadgeFields({ ...EMPTY_CUSTOM_BADGE, threshold: '', points: '' })).toEqual([
      { field: 'nameJa', code: 'badge.nameRequired' },
      { field: 'nameEn', code: 'badge.nameRequired' },
      { field: 'metric', code: 'badge.metricRequired' },
      { field: 'threshold', code: 'badge.thresholdInvalid' },
      { field: 'points', code: 'badge.pointsInvalid' },
    ]);
  });

  it('is empty for a complete form', () => {
    const values = {
      ...EMPTY_CUSTOM_BADGE,
      nameJa: '名',
      nameEn: 'Name',
      metric: 'postsPublished',
    };
    expect(missingBadgeFields(values)).toEqual([]);
  });
});

describe('toCreateBadgeInput', () => {
  it('trims texts and sends numbers', () => {
    expect(
      toCreateBadgeInput({
        ...EMPTY_CUSTOM_BADGE,
        nameJa: ' 投稿の達人 ',
        nameEn: ' Post master ',
        descriptionJa: ' ',
        metric: 'postsPublished',
        period: 'month',
        threshold: '12',
        points: 30,
      }),
    ).toEqual({
      nameJa: '投稿の達人',
      nameEn: 'Post master',
      descriptionJa: '',
      descriptionEn: '',
      metric: 'postsPublished',
      period: 'month',
      threshold: 12,
      points: 30,
    });
  });
});
