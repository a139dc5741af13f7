import {
  activeRateBars,
  contributionStacks,
  csvFileName,
  defaultAnalyticsRange,
  hoursSavedSeries,
  localIsoDate,
  toPercent,
  trendLine,
} from './adoption-charts';

describe('ranges', () => {
  it('opens on the last 182 days ending today, across a year boundary', () => {
    expect(defaultAnalyticsRange(new Date(2026, 0, 15))).toEqual({
      from: '2025-07-18',
      to: '2026-01-15',
    });
  });

  it('formats local dates with padding', () => {
    expect(localIsoDate(new Date(2026, 3, 1))).toBe('2026-04-01');
  });
});

describe('chart data', () => {
  it('turns rates into percentages with one decimal', () => {
    expect(toPercent(0.4286)).toBe(42.9);
    expect(toPercent(1)).toBe(100);
    expect(toPercent(0)).toBe(0);
  });

  it('shapes department bars and trend lines', () => {
    expect(
      activeRateBars([
        { departmentId: 'd', name: '営業部', activeMembers: 3, members: 7, rate: 0.4286 },
      ]),
    ).toEqual([{ name: '営業部', percent: 42.9, activeMembers: 3, members: 7 }]);
    expect(
      trendLine([
        {
          periodKey: '2026-W45',
          firstDay: '',
          lastDay: '',
          activeMembers: 1,
          members: 4,
          rate: 0.25,
        },
      ]),
    ).toEqual([{ label: '2026-W45', percent: 25, activeMembers: 1, members: 4 }]);
  });

  it('stacks contributions per week by kind', () => {
    expect(
      contributionStacks([
        {
          week: '2026-W45',
          firstDay: '2026-11-02',
          posts: 2,
          templates: 1,
          stories: 0,
          reuses: 5,
          reviews: 0,
          kudos: 3,
        },
      ]),
    ).toEqual([
      { label: '2026-W45', posts: 2, templates: 1, stories: 0, reuses: 5, reviews: 0, kudos: 3 },
    ]);
  });

  it('rounds hours per month and the cumulative line', () => {
    expect(
      hoursSavedSeries([
        { month: '2026-10', hoursSaved: 3.333, cumulativeHours: 3.333 },
        { month: '2026-11', hoursSaved: 1.25, cumulativeHours: 4.583 },
      ]),
    ).toEqual([
      { label: '2026-10', hours: 3.3, cumulative: 3.3 },
      { label: '2026-11', hours: 1.3, cumulative: 4.6 },
    ]);
  });

  it('names a chart CSV after the chart and range', () => {
    expect(csvFileName('ACTIVE_RATE', '2026-01-01', '2026-06-30')).toBe(
      'adoption_active_rate_2026-01-01_2026-06-30.csv',
    );
  });
});
