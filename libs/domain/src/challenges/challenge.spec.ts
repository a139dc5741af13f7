import {
  challengeActiveMemberOf,
  challengePhase,
  challengeProgress,
  challengeScore,
  challengeStoryMinutes,
  challengeWinEntryKey,
  challengeWinnerMemberIds,
  canCancelChallenge,
  canEditChallenge,
  defaultChallengePeriod,
  isDueForClosing,
  rankChallengeStandings,
  usageContribution,
  validateChallengeInput,
  type ChallengeInput,
  type ChallengeUsage,
} from './challenge';

const tokyo = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
const now = new Date('2026-11-23T03:00:00Z'); // 2026-11-23 12:00 JST

describe('defaultChallengePeriod', () => {
  it('is the calendar month in Asia/Tokyo (JST midnight, not UTC)', () => {
    const p = defaultChallengePeriod(now, tokyo);
    expect(p.startsAt.toISOString()).toBe('2026-10-31T15:00:00.000Z');
    expect(p.endsAt.toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('already belongs to December at 00:30 JST on December 1', () => {
    const p = defaultChallengePeriod(new Date('2026-11-30T15:30:00Z'), tokyo);
    expect(p.startsAt.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(p.endsAt.toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });
});

describe('validateChallengeInput', () => {
  const known = new Set(['t1', 't2', 't3']);
  const ctx = { now, settings: tokyo, knownUnitIds: known };
  const base: ChallengeInput = {
    title: '  11月　ナレッジ投稿チャレンジ（部署対抗） ',
    description: '部署対抗',
    metric: 'knowledgePosts',
    target: 10,
    unitType: 'team',
    unitIds: ['t1', 't2', 't2'],
    scoring: 'perHead',
  };
  const codes = (input: Partial<ChallengeInput>) => {
    const r = validateChallengeInput({ ...base, ...input }, ctx);
    return r.ok ? [] : r.errors.map((e) => e.code);
  };

  it('normalizes and fills the default month and zero winner points', () => {
    const r = validateChallengeInput(base, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      title: '11月 ナレッジ投稿チャレンジ（部署対抗）',
      targetX100: 1000,
      unitIds: ['t1', 't2'],
      winnerPoints: 0,
    });
    expect(r.value.startsAt.toISOString()).toBe('2026-10-31T15:00:00.000Z');
    expect(r.value.endsAt.toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('rejects an end before (or at) the start with challenge.endBeforeStart', () => {
    const startsAt = new Date('2026-12-10T00:00:00Z');
    expect(codes({ startsAt, endsAt: new Date('2026-12-01T00:00:00Z') })).toEqual([
      'challenge.endBeforeStart',
    ]);
    expect(codes({ startsAt, endsAt: startsAt })).toEqual(['challenge.endBeforeStart']);
  });

  it('rejects an end in the past', () => {
    expect(
      codes({
        startsAt: new Date('2026-10-01T00:00:00Z'),
        endsAt: new Date('2026-11-01T00:00:00Z'),
      }),
    ).toEqual(['challenge.endInPast']);
  });

  it.each([
    [{ title: '   ' }, 'challenge.titleRequired'],
    [{ title: 'あ'.repeat(101) }, 'challenge.titleTooLong'],
    [{ description: 'x'.repeat(2001) }, 'challenge.descriptionTooLong'],
    [{ target: 0 }, 'challenge.targetInvalid'],
    [{ target: -3 }, 'challenge.targetInvalid'],
    [{ target: 1.234 }, 'challenge.targetInvalid'],
    [{ metric: 'activeMemberRate' as const, target: 120 }, 'challenge.targetTooHigh'],
    [{ unitIds: ['t1'] }, 'challenge.tooFewUnits'],
    [{ unitIds: ['t1', 't1'] }, 'challenge.tooFewUnits'],
    [{ unitIds: ['t1', 'other-org-team'] }, 'challenge.unknownUnit'],
    [{ winnerPoints: 1001 }, 'challenge.winnerPointsOutOfRange'],
    [{ winnerPoints: -1 }, 'challenge.winnerPointsOutOfRange'],
    [{ winnerPoints: 2.5 }, 'challenge.winnerPointsOutOfRange'],
  ] as [Partial<ChallengeInput>, string][])('%j → %s', (input, code) => {
    expect(codes(input)).toEqual([code]);
  });

  it('accepts a rate target of exactly 100 and winner points of 1000', () => {
    expect(codes({ metric: 'activeMemberRate', target: 100, winnerPoints: 1000 })).toEqual([]);
  });
});

describe('phases', () => {
  const start = new Date('2026-12-01T00:00:00Z');
  const end = new Date('2027-01-01T00:00:00Z');
  it('is upcoming before the start, active after, closable from the end on', () => {
    expect(challengePhase('active', start, now)).toBe('upcoming');
    expect(challengePhase('active', start, new Date('2026-12-05T00:00:00Z'))).toBe('active');
    expect(challengePhase('closed', start, now)).toBe('closed');
    expect(isDueForClosing('active', end, new Date('2026-12-31T23:59:59Z'))).toBe(false);
    expect(isDueForClosing('active', end, end)).toBe(true);
    expect(isDueForClosing('closed', end, end)).toBe(false);
    expect(isDueForClosing('cancelled', end, end)).toBe(false);
  });

  it('allows edits only before the start and cancelling until closed', () => {
    expect(canEditChallenge('active', start, now)).toBe(true);
    expect(canEditChallenge('active', start, start)).toBe(false);
    expect(canEditChallenge('cancelled', start, now)).toBe(false);
    expect(canCancelChallenge('active')).toBe(true);
    expect(canCancelChallenge('closed')).toBe(false);
  });
});

describe('scoring', () => {
  it('lets a team of 4 beat a team of 40 per head, and lose on the total', () => {
    const units = [
      { unitId: 'small', name: '少数精鋭', raw: 12, headcount: 4 },
      { unitId: 'big', name: '大所帯', raw: 80, headcount: 40 },
    ];
    const def = { metric: 'knowledgePosts' as const, targetX100: 2000 };
    const perHead = rankChallengeStandings(units, { ...def, scoring: 'perHead' });
    expect(perHead.map((s) => [s.unitId, s.rank, s.value, s.winner])).toEqual([
      ['small', 1, 3, true],
      ['big', 2, 2, false],
    ]);
    // The target (20) applies to the scored value: 3 and 2 per head.
    expect(perHead.map((s) => s.progress)).toEqual([0.15, 0.1]);
    const total = rankChallengeStandings(units, { ...def, scoring: 'total' });
    expect(total.map((s) => [s.unitId, s.rank, s.value])).toEqual([
      ['big', 1, 80],
      ['small', 2, 12],
    ]);
    expect(total.map((s) => s.progress)).toEqual([1, 0.6]);
  });

  it('ties exactly per head (7/4 = 70/40): same rank, both win', () => {
    const s = rankChallengeStandings(
      [
        { unitId: 'a', name: 'B班', raw: 70, headcount: 40 },
        { unitId: 'b', name: 'A班', raw: 7, headcount: 4 },
        { unitId: 'c', name: 'C班', raw: 1, headcount: 4 },
      ],
      { metric: 'points', scoring: 'perHead', targetX100: 10_000 },
    );
    expect(s.map((x) => [x.unitId, x.rank, x.winner])).toEqual([
      ['b', 1, true],
      ['a', 1, true],
      ['c', 3, false],
    ]);
  });

  it('uses competition ranking below the top (1, 2, 2, 4)', () => {
    const s = rankChallengeStandings(
      [9, 5, 5, 1].map((raw, i) => ({ unitId: `u${i}`, name: `${i}`, raw, headcount: 3 })),
      { metric: 'points', scoring: 'total', targetX100: 100 },
    );
    expect(s.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });

  it('has no winner when nobody scored', () => {
    const s = rankChallengeStandings(
      [
        { unitId: 'a', name: 'A', raw: 0, headcount: 3 },
        { unitId: 'b', name: 'B', raw: 0, headcount: 0 },
      ],
      { metric: 'points', scoring: 'perHead', targetX100: 100 },
    );
    expect(s.map((x) => [x.rank, x.winner, x.value])).toEqual([
      [1, false, 0],
      [1, false, 0],
    ]);
  });

  it('measures hours saved in hours (raw minutes) and the active rate in percent', () => {
    expect(challengeScore('hoursSaved', 'total', 90, 3)).toEqual({ num: 90, den: 60 });
    expect(challengeProgress(challengeScore('hoursSaved', 'total', 90, 3), 300)).toBe(0.5);
    expect(challengeScore('hoursSaved', 'perHead', 90, 3)).toEqual({ num: 90, den: 180 });
    // The rate ignores the scoring choice: it is per head by nature.
    const rate = challengeScore('activeMemberRate', 'total', 3, 4);
    expect(rate.num / rate.den).toBe(75);
    expect(challengeProgress(rate, 5000)).toBe(1);
    expect(challengeScore('activeMemberRate', 'total', 0, 0)).toEqual({ num: 0, den: 1 });
  });

  it('rounds a story’s hours saved to whole minutes', () => {
    // (30 − 7.5) min × 4.25 / month = 95.625 min
    expect(
      challengeStoryMinutes({
        minutesBeforeX100: 3000,
        minutesAfterX100: 750,
        occurrencesPerMonthX100: 425,
      }),
    ).toBe(96);
  });
});

describe('usageContribution', () => {
  const usage = (over: Partial<ChallengeUsage>): ChallengeUsage => ({
    kind: 'viewReceived',
    actorId: 'reader',
    earnerId: 'author',
    sourceId: 'post-1',
    counted: true,
    points: 1,
    occurredAt: now,
    ...over,
  });

  it('credits counted points to the earner, nothing for uncounted events', () => {
    expect(usageContribution('points', usage({ points: 5 }))).toMatchObject({
      memberId: 'author',
      amount: 5,
    });
    expect(usageContribution('points', usage({ counted: false, points: 0 }))).toBeNull();
  });

  it('counts a knowledge post once per post, templates not', () => {
    const a = usageContribution('knowledgePosts', usage({ kind: 'knowledgePublished' }));
    const b = usageContribution(
      'knowledgePosts',
      usage({ kind: 'knowledgePublished', counted: false, occurredAt: new Date() }),
    );
    expect(a?.key).toBe(b?.key);
    expect(usageContribution('knowledgePosts', usage({ kind: 'templatePublished' }))).toBeNull();
  });

  it('credits a counted reuse to the template author', () => {
    expect(
      usageContribution('templateReuses', usage({ kind: 'templateReused', sourceId: 't' })),
    ).toMatchObject({ memberId: 'author', amount: 1 });
    expect(
      usageContribution('templateReuses', usage({ kind: 'templateReused', counted: false })),
    ).toBeNull();
  });

  it('makes authors of contributions and users of templates active, viewers not', () => {
    expect(challengeActiveMemberOf(usage({ kind: 'knowledgePublished' }))).toBe('author');
    expect(challengeActiveMemberOf(usage({ kind: 'templateReused' }))).toBe('reader');
    expect(challengeActiveMemberOf(usage({ kind: 'viewReceived' }))).toBeNull();
    expect(usageContribution('activeMemberRate', usage({ kind: 'templateForked' }))).toEqual({
      memberId: 'reader',
      amount: 1,
      key: 'a:reader',
    });
    expect(usageContribution('hoursSaved', usage({ kind: 'storyApproved' }))).toBeNull();
  });
});

describe('winners', () => {
  it('pays each member of the winning units once, with a per-member entry key', () => {
    const standings = rankChallengeStandings(
      [
        { unitId: 'a', name: 'A', raw: 5, headcount: 2 },
        { unitId: 'b', name: 'B', raw: 5, headcount: 2 },
        { unitId: 'c', name: 'C', raw: 1, headcount: 1 },
      ],
      { metric: 'points', scoring: 'total', targetX100: 100 },
    );
    const members = new Map([
      ['a', ['m1', 'm2']],
      ['b', ['m2', 'm3']],
      ['c', ['m4']],
    ]);
    expect(challengeWinnerMemberIds(standings, members)).toEqual(['m1', 'm2', 'm3']);
    expect(challengeWinEntryKey('c1', 'm1')).toBe('challenge:c1:win:m1');
  });
});
