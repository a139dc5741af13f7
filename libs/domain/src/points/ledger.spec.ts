import { decideAward } from './award';
import {
  ALL_TIME_KEY,
  describeEntry,
  ledgerEntryFor,
  reversalOf,
  totalsByCategory,
  totalsByMemberAndPeriod,
  totalsByPeriod,
  validateLedgerEntry,
  validateReversal,
  type LedgerEntry,
} from './ledger';
import { DEFAULT_POINT_RULE_SET, DEFAULT_POINT_RULES, type PointEventKind } from './point-rules';

const tokyo = { timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
const utc = { timeZone: 'UTC', fiscalYearStartMonth: 4 };

let seq = 0;
const entry = (overrides: Partial<LedgerEntry> = {}): LedgerEntry => {
  seq += 1;
  const kind = overrides.kind ?? 'templateReused';
  return {
    id: `e${seq}`,
    memberId: 'author',
    points: 5,
    kind,
    category: DEFAULT_POINT_RULES[kind].category,
    ruleVersion: 1,
    sourceType: 'template',
    sourceId: 'tpl-1',
    actorId: 'suzuki',
    occurredAt: new Date('2026-11-23T03:00:00Z'),
    idempotencyKey: `key-${String(seq).padStart(8, '0')}`,
    reversesEntryId: null,
    reason: null,
    ...overrides,
  };
};

describe('ledgerEntryFor', () => {
  it('turns a counted decision into an entry', () => {
    const event = {
      kind: 'templateReused' as const,
      earnerId: 'author',
      actorId: 'suzuki',
      sourceType: 'template' as const,
      sourceId: 'tpl-1',
      occurredAt: new Date('2026-11-23T03:00:00Z'),
    };
    const d = decideAward(event, {
      ruleSet: DEFAULT_POINT_RULE_SET,
      settings: tokyo,
      earnedTodayForKind: 0,
      alreadyCountedToday: false,
    });
    if (!d.counted) throw new Error('expected a counted award');
    expect(ledgerEntryFor(d, event, { id: 'e-1', idempotencyKey: 'idem-0001' })).toEqual({
      id: 'e-1',
      memberId: 'author',
      points: 5,
      kind: 'templateReused',
      category: 'reuses',
      ruleVersion: 1,
      sourceType: 'template',
      sourceId: 'tpl-1',
      actorId: 'suzuki',
      occurredAt: event.occurredAt,
      idempotencyKey: 'idem-0001',
      reversesEntryId: null,
      reason: null,
    });
  });
});

describe('reversals', () => {
  const original = entry({ id: 'orig' });
  const at = new Date('2026-12-01T00:00:00Z');

  it('negates the points and keeps kind, category, rule version, source and actor', () => {
    const r = reversalOf(original, {
      id: 'rev',
      at,
      idempotencyKey: 'rev-orig-1',
      reason: ' 記事を非公開にした ',
    });
    expect(r).toEqual({
      ...original,
      id: 'rev',
      points: -5,
      occurredAt: at,
      idempotencyKey: 'rev-orig-1',
      reversesEntryId: 'orig',
      reason: '記事を非公開にした',
    });
    expect(validateLedgerEntry(r).ok).toBe(true);
  });

  it('refuses to build a reversal of a reversal or without a reason', () => {
    const r = reversalOf(original, { id: 'rev', at, idempotencyKey: 'rev-orig-1', reason: 'x' });
    expect(() =>
      reversalOf(r, { id: 'rev2', at, idempotencyKey: 'rev-rev-01', reason: 'x' }),
    ).toThrow(RangeError);
    expect(() =>
      reversalOf(original, { id: 'rev', at, idempotencyKey: 'rev-orig-1', reason: ' ' }),
    ).toThrow(RangeError);
  });

  it('validates: allowed once, never of a reversal', () => {
    const r = reversalOf(original, { id: 'rev', at, idempotencyKey: 'rev-orig-1', reason: 'x' });
    const unrelated = reversalOf(entry({ id: 'other' }), {
      id: 'rev9',
      at,
      idempotencyKey: 'rev-other-1',
      reason: 'x',
    });
    expect(validateReversal(original, [])).toEqual({ ok: true, value: original });
    expect(validateReversal(original, [unrelated])).toEqual({ ok: true, value: original });
    const twice = validateReversal(original, [r]);
    expect(twice.ok === false && twice.errors[0]?.code).toBe('reversal.alreadyReversed');
    const ofReversal = validateReversal(r, []);
    expect(ofReversal.ok === false && ofReversal.errors[0]?.code).toBe('reversal.ofReversal');
  });

  it('nets an entry and its reversal to zero in every total', () => {
    const r = reversalOf(original, {
      id: 'rev',
      at: original.occurredAt,
      idempotencyKey: 'rev-orig-1',
      reason: 'x',
    });
    const totals = totalsByPeriod([original, r], tokyo);
    expect([...totals.values()].every((v) => v === 0)).toBe(true);
  });
});

describe('validateLedgerEntry', () => {
  const codes = (e: LedgerEntry) => {
    const r = validateLedgerEntry(e);
    return r.ok ? [] : r.errors.map((x) => x.code);
  };

  it('accepts a normal entry and a negative manual adjustment', () => {
    expect(codes(entry())).toEqual([]);
    expect(
      codes(
        entry({
          kind: 'manualAdjustment',
          category: 'adjustments',
          sourceType: 'manual',
          points: -30,
        }),
      ),
    ).toEqual([]);
  });

  it('reports broken invariants', () => {
    expect(codes(entry({ points: 0 }))).toEqual(['entry.invalidPoints']);
    expect(codes(entry({ points: 1.5 }))).toEqual(['entry.invalidPoints']);
    expect(codes(entry({ points: -5 }))).toEqual(['entry.negativeNotAllowed']);
    expect(codes(entry({ category: 'views' }))).toEqual(['entry.categoryMismatch']);
    expect(codes(entry({ ruleVersion: 0 }))).toEqual(['entry.invalidRuleVersion']);
    expect(codes(entry({ occurredAt: new Date('x') }))).toEqual(['entry.invalidTime']);
    expect(codes(entry({ idempotencyKey: 'short' }))).toEqual(['idempotencyKey.invalid']);
    expect(codes(entry({ id: 'self', reversesEntryId: 'self', points: -5 }))).toEqual([
      'entry.reversesItself',
    ]);
  });
});

describe('totalsByPeriod', () => {
  // FY2025 ends at local midnight of April 1 in Tokyo (2026-03-31T15:00Z).
  const lastSecondOfFy2025 = entry({ points: 5, occurredAt: new Date('2026-03-31T14:59:59Z') });
  const firstSecondOfFy2026 = entry({ points: 10, occurredAt: new Date('2026-03-31T15:00:00Z') });
  // H2 (Oct–Mar) starts at local midnight of October 1.
  const lastOfH1 = entry({ points: 3, occurredAt: new Date('2026-09-30T14:59:59Z') });
  const firstOfH2 = entry({ points: 7, occurredAt: new Date('2026-09-30T15:00:00Z') });
  const entries = [lastSecondOfFy2025, firstSecondOfFy2026, lastOfH1, firstOfH2];

  it('splits fiscal years, halves and quarters at Tokyo midnight', () => {
    const totals = totalsByPeriod(entries, tokyo);
    expect(Object.fromEntries(totals)).toEqual({
      '2026-03-31': 5,
      '2026-04-01': 10,
      '2026-W14': 15, // Tue 31 March and Wed 1 April share an ISO week
      '2026-03': 5,
      '2026-04': 10,
      'FY2025-Q4': 5,
      'FY2025-H2': 5,
      FY2025: 5,
      'FY2026-Q1': 10,
      'FY2026-H1': 13,
      FY2026: 20,
      '2026-09-30': 3,
      '2026-10-01': 7,
      '2026-W40': 10,
      '2026-09': 3,
      '2026-10': 7,
      'FY2026-Q2': 3,
      'FY2026-Q3': 7,
      'FY2026-H2': 7,
      [ALL_TIME_KEY]: 25,
    });
  });

  it('puts the same instants elsewhere in UTC', () => {
    const totals = totalsByPeriod(entries, utc);
    expect(totals.get('FY2025')).toBe(15); // 2026-03-31T15:00Z is still March 31 in UTC
    expect(totals.get('FY2026-Q1')).toBe(undefined);
    expect(totals.get('FY2026-Q2')).toBe(10); // Sep 30 UTC
    expect(totals.get(ALL_TIME_KEY)).toBe(25);
  });

  it('counts a reversal in the period it was written, not the original one', () => {
    const original = entry({ points: 5, occurredAt: new Date('2026-06-15T03:00:00Z') }); // FY2026-Q1
    const r = reversalOf(original, {
      id: 'rev',
      at: new Date('2026-07-02T03:00:00Z'), // FY2026-Q2
      idempotencyKey: 'rev-q1-0001',
      reason: '相互閲覧の取り消し',
    });
    const totals = totalsByPeriod([original, r], tokyo);
    expect(totals.get('FY2026-Q1')).toBe(5);
    expect(totals.get('FY2026-Q2')).toBe(-5);
    expect(totals.get('FY2026-H1')).toBe(0);
    expect(totals.get(ALL_TIME_KEY)).toBe(0);
  });

  it('is empty for no entries', () => {
    expect(totalsByPeriod([], tokyo).size).toBe(0);
  });
});

describe('totalsByMemberAndPeriod and totalsByCategory', () => {
  it('separates members', () => {
    const totals = totalsByMemberAndPeriod(
      [
        entry({ memberId: 'a', points: 5 }),
        entry({ memberId: 'b', points: 2 }),
        entry({ memberId: 'a', points: 1 }),
      ],
      tokyo,
    );
    expect(totals.get('a')?.get(ALL_TIME_KEY)).toBe(6);
    expect(totals.get('b')?.get('2026-11-23')).toBe(2);
    expect([...totals.keys()]).toEqual(['a', 'b']);
  });

  it('sums per category with every category present', () => {
    const totals = totalsByCategory([
      entry({ kind: 'templateReused', points: 5 }),
      entry({ kind: 'viewReceived', category: 'views', points: 1 }),
      entry({ kind: 'templateReused', points: -5, reversesEntryId: 'x' }),
    ]);
    expect(totals.reuses).toBe(0);
    expect(totals.views).toBe(1);
    expect(totals.kudos).toBe(0);
    expect(Object.keys(totals)).toHaveLength(11);
  });
});

describe('describeEntry', () => {
  const names = { actorName: '鈴木', sourceTitle: '議事録要約' };
  const of = (kind: PointEventKind, points = 5, extra: Partial<LedgerEntry> = {}) =>
    entry({ kind, category: DEFAULT_POINT_RULES[kind].category, points, ...extra });

  it('explains a reuse in both languages', () => {
    expect(describeEntry(of('templateReused'), names, 'ja')).toBe(
      '鈴木さんがあなたのテンプレート『議事録要約』を使いました +5',
    );
    expect(describeEntry(of('templateReused'), { ...names, actorName: 'Suzuki' }, 'en')).toBe(
      'Suzuki used your template “議事録要約” +5',
    );
  });

  it('explains a reversal with the minus sign', () => {
    const r = reversalOf(of('templateReused'), {
      id: 'rev',
      at: new Date('2026-12-01T00:00:00Z'),
      idempotencyKey: 'rev-00000001',
      reason: 'テンプレート削除',
    });
    expect(describeEntry(r, names, 'ja')).toBe(
      '鈴木さんがあなたのテンプレート『議事録要約』を使いました（取り消し：テンプレート削除）−5',
    );
    expect(describeEntry(r, { ...names, actorName: 'Suzuki' }, 'en')).toBe(
      'Suzuki used your template “議事録要約” (reversed: テンプレート削除) −5',
    );
    expect(describeEntry({ ...r, reason: null }, names, 'ja')).toBe(
      '鈴木さんがあなたのテンプレート『議事録要約』を使いました（取り消し）−5',
    );
  });

  it.each<[PointEventKind, string, string]>([
    [
      'knowledgePublished',
      'ナレッジ『議事録要約』を公開しました +5',
      'You published the knowledge post “議事録要約” +5',
    ],
    [
      'viewReceived',
      '鈴木さんがあなたのナレッジ『議事録要約』を閲覧しました +5',
      '鈴木 viewed your knowledge post “議事録要約” +5',
    ],
    [
      'likeReceived',
      '鈴木さんがあなたのナレッジ『議事録要約』に「役に立った」をつけました +5',
      '鈴木 found your knowledge post “議事録要約” helpful +5',
    ],
    [
      'templatePublished',
      'テンプレート『議事録要約』を公開しました +5',
      'You published the template “議事録要約” +5',
    ],
    [
      'templateForked',
      '鈴木さんがあなたのテンプレート『議事録要約』をフォークしました +5',
      '鈴木 forked your template “議事録要約” +5',
    ],
    [
      'storyApproved',
      '鈴木さんがあなたの成功事例『議事録要約』を承認しました +5',
      '鈴木 approved your success story “議事録要約” +5',
    ],
    [
      'storyTemplateBonus',
      '鈴木さんの成功事例『議事録要約』であなたのテンプレートが使われました +5',
      'Your template was used in 鈴木’s success story “議事録要約” +5',
    ],
    [
      'knowledgeReviewed',
      'ナレッジ『議事録要約』を見直しました +5',
      'You reviewed the knowledge post “議事録要約” +5',
    ],
    [
      'kudosReceived',
      '鈴木さんから称賛が届きました（議事録要約） +5',
      '鈴木 gave you kudos (議事録要約) +5',
    ],
    [
      'badgeAwarded',
      'バッジ『議事録要約』を獲得しました +5',
      'You earned the badge “議事録要約” +5',
    ],
    [
      'challengeWon',
      'チャレンジ『議事録要約』で優勝しました +5',
      'You won the challenge “議事録要約” +5',
    ],
  ])('explains %s', (kind, ja, en) => {
    expect(describeEntry(of(kind), names, 'ja')).toBe(ja);
    expect(describeEntry(of(kind), names, 'en')).toBe(en);
  });

  it('explains manual adjustments with their reason and sign', () => {
    const adj = of('manualAdjustment', -1500, { reason: '重複登録の修正', sourceType: 'manual' });
    expect(describeEntry(adj, { actorName: '人事 花子', sourceTitle: null }, 'ja')).toBe(
      '人事 花子さんによる調整：重複登録の修正 −1,500',
    );
    expect(describeEntry(adj, { actorName: 'Hanako', sourceTitle: null }, 'en')).toBe(
      'Adjustment by Hanako: 重複登録の修正 −1,500',
    );
  });

  it('copes with removed members and deleted content', () => {
    const gone = { actorName: null, sourceTitle: null };
    expect(describeEntry(of('templateReused'), gone, 'ja')).toBe(
      'メンバーがあなたのテンプレート『（削除済み）』を使いました +5',
    );
    expect(describeEntry(of('templateReused'), gone, 'en')).toBe(
      'A member used your template “(deleted)” +5',
    );
    expect(describeEntry(of('storyTemplateBonus'), gone, 'en')).toBe(
      'Your template was used in a member’s success story “(deleted)” +5',
    );
    expect(describeEntry(of('kudosReceived'), gone, 'ja')).toBe('メンバーから称賛が届きました +5');
  });
});
