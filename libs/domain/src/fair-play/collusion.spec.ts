import {
  DEFAULT_FAIR_PLAY_PARAMS,
  detectCollusion,
  fairPlayGroupId,
  fairPlayNorm,
  selectExcessEntries,
  validateFairPlayKinds,
  validateFairPlayPeriod,
  validateFairPlayReason,
  type CreditEdge,
  type CreditEntry,
  type FairPlayKind,
} from './collusion';

const PERIOD = { from: '2026-04-01', to: '2026-04-30' };

/** mulberry32: a tiny seeded PRNG, so the "random" organization is the same on every run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const POINTS: Record<FairPlayKind, number> = {
  viewReceived: 1,
  likeReceived: 2,
  kudosReceived: 3,
  templateReused: 5,
};
const KINDS = Object.keys(POINTS) as FairPlayKind[];

/** Builds edges event by event (count 1 each), then aggregates as the SQL GROUP BY would. */
class Org {
  private readonly counts = new Map<string, number>();
  credit(actorId: string, earnerId: string, kind: FairPlayKind, times = 1): this {
    const key = `${actorId}|${earnerId}|${kind}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + times);
    return this;
  }
  /** Each edge of the cycle gets `times` credits, alternating views and likes. */
  ring(ids: string[], times: number): this {
    ids.forEach((id, i) => {
      const next = ids[(i + 1) % ids.length];
      this.credit(id, next, 'viewReceived', Math.ceil(times / 2));
      this.credit(id, next, 'likeReceived', Math.floor(times / 2));
    });
    return this;
  }
  edges(): CreditEdge[] {
    return [...this.counts].map(([key, count]) => {
      const [actorId, earnerId, kind] = key.split('|') as [string, string, FairPlayKind];
      return { actorId, earnerId, kind, count, points: count * POINTS[kind] };
    });
  }
}

const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

const HONEST = ids('m', 40);
const TEAM = ids('team', 8);
const PAIR = ['pair-a', 'pair-b'];
const RING3 = ['r3-a', 'r3-b', 'r3-c'];
const RING4 = ['r4-a', 'r4-b', 'r4-c', 'r4-d'];
const FAN = 'fan';
const STAR = 'star';

/** Everyone credits 12 random colleagues' work in the month (a realistic quiet baseline). */
const honestOrg = (people: string[], seed = 42): Org => {
  const random = prng(seed);
  const org = new Org();
  for (const actor of people) {
    for (let i = 0; i < 12; i += 1) {
      let earner = actor;
      while (earner === actor) earner = people[Math.floor(random() * people.length)];
      org.credit(actor, earner, KINDS[Math.floor(random() * KINDS.length)]);
    }
  }
  return org;
};

/** Eight people who all view and like all of each other's posts, a lot. */
const busyTeam = (org: Org): Org => {
  for (const a of TEAM) {
    for (const b of TEAM) {
      if (a === b) continue;
      org.credit(a, b, 'viewReceived', 14).credit(a, b, 'likeReceived', 6);
    }
  }
  return org;
};

const EVERYONE = [...HONEST, ...TEAM, ...PAIR, ...RING3, ...RING4, FAN, STAR];

const plantedOrg = (): Org => {
  const org = busyTeam(honestOrg(EVERYONE));
  org.ring(PAIR, 30); // a ring of two = a pair: A→B and B→A
  org.ring(RING3, 25);
  org.ring(RING4, 25);
  org.credit(FAN, STAR, 'viewReceived', 30).credit(FAN, STAR, 'likeReceived', 10);
  return org;
};

describe('detectCollusion', () => {
  const report = detectCollusion(plantedOrg().edges(), { period: PERIOD });

  it('derives the norm from the organization (median + k·MAD, with the absolute minimum)', () => {
    expect(report.norm.analysed).toBe(true);
    expect(report.norm.members).toBe(EVERYONE.length);
    expect(report.norm.median).toBe(1);
    expect(report.norm.allowance).toBe(DEFAULT_FAIR_PLAY_PARAMS.minPairCount);
  });

  it('finds the planted pair, the ring of 3 and the ring of 4, and nothing else', () => {
    expect(report.groups.map((g) => [g.kind, g.memberIds])).toEqual(
      expect.arrayContaining([
        ['pair', PAIR],
        ['circle', RING3],
        ['circle', RING4],
      ]),
    );
    expect(report.groups).toHaveLength(3);
    const flagged = new Set(report.groups.flatMap((g) => g.memberIds));
    for (const honest of [...TEAM, ...HONEST, FAN, STAR]) expect(flagged.has(honest)).toBe(false);
  });

  it('gives evidence per edge and kind, and the excess above the allowance', () => {
    const pair = report.groups.find((g) => g.kind === 'pair')!;
    const ab = pair.edges.find((e) => e.actorId === 'pair-a' && e.earnerId === 'pair-b')!;
    expect(ab.heavy).toBe(true);
    expect(ab.count).toBeGreaterThanOrEqual(30);
    expect(ab.excessCount).toBe(ab.count - report.norm.allowance);
    expect(ab.byKind.find((k) => k.kind === 'likeReceived')!.count).toBeGreaterThanOrEqual(15);
    expect(ab.points).toBe(ab.byKind.reduce((s, k) => s + k.points, 0));
    expect(ab.share).toBeGreaterThan(0.5);
    expect(pair.excessCount).toBe(pair.edges.reduce((s, e) => s + e.excessCount, 0));

    const ring4 = report.groups.find((g) => g.memberIds.length === 4)!;
    // Every edge of the cycle is heavy.
    for (const [a, b] of [
      ['r4-a', 'r4-b'],
      ['r4-b', 'r4-c'],
      ['r4-c', 'r4-d'],
      ['r4-d', 'r4-a'],
    ]) {
      expect(ring4.edges.find((e) => e.actorId === a && e.earnerId === b)?.heavy).toBe(true);
    }
    // Sorted evidence: by actor, then earner.
    const order = ring4.edges.map((e) => `${e.actorId}>${e.earnerId}`);
    expect(order).toEqual([...order].sort());
  });

  it('orders groups by excess, then id', () => {
    const excess = report.groups.map((g) => g.excessCount);
    expect(excess).toEqual([...excess].sort((a, b) => b - a));
    expect(report.groups[0].memberIds).toEqual(RING4);
  });

  it('does not flag an honest busy team, however dense (credit spread over many colleagues)', () => {
    const org = busyTeam(honestOrg([...HONEST, ...TEAM], 7));
    const r = detectCollusion(org.edges(), { period: PERIOD });
    expect(r.norm.analysed).toBe(true);
    expect(r.groups).toEqual([]);
    // The team's pairs are far above the allowance: only concentration tells them apart.
    const withoutConcentration = detectCollusion(
      org.edges(),
      { period: PERIOD },
      { ...DEFAULT_FAIR_PLAY_PARAMS, minShare: 0 },
    );
    expect(withoutConcentration.groups.map((g) => g.memberIds)).toEqual([TEAM]);
  });

  it('does not flag a one-directional fan, but does once the author credits back as much', () => {
    const fan = honestOrg(HONEST, 3).credit('m01', 'm02', 'likeReceived', 40);
    expect(detectCollusion(fan.edges(), { period: PERIOD }).groups).toEqual([]);
    fan.credit('m02', 'm01', 'kudosReceived', 40);
    const mutual = detectCollusion(fan.edges(), { period: PERIOD });
    expect(mutual.groups.map((g) => g.memberIds)).toEqual([['m01', 'm02']]);
  });

  it('does not close a chain that is not a cycle (A→B→C without C→A)', () => {
    const org = honestOrg(HONEST, 5)
      .credit('m01', 'm02', 'viewReceived', 30)
      .credit('m02', 'm03', 'viewReceived', 30)
      .credit('m03', 'm04', 'viewReceived', 30);
    expect(detectCollusion(org.edges(), { period: PERIOD }).groups).toEqual([]);
  });

  it('stays quiet on empty input and on organizations too small to have a norm', () => {
    const empty = detectCollusion([], { period: PERIOD });
    expect(empty.groups).toEqual([]);
    expect(empty.norm).toMatchObject({ pairs: 0, members: 0, analysed: false });
    const tiny = new Org().ring(['a', 'b', 'c'], 40).ring(['c', 'b', 'a'], 40);
    expect(detectCollusion(tiny.edges(), { period: PERIOD }).groups).toEqual([]);
  });

  it('ignores self-credit and system credit (no actor)', () => {
    const org = honestOrg(HONEST, 9);
    const edges = [
      ...org.edges(),
      { actorId: 'm01', earnerId: 'm01', kind: 'likeReceived' as const, count: 99, points: 198 },
      { actorId: null, earnerId: 'm02', kind: 'viewReceived' as const, count: 99, points: 99 },
    ];
    const r = detectCollusion(edges, { period: PERIOD });
    expect(r.groups).toEqual([]);
    expect(r.norm.pairs).toBe(detectCollusion(org.edges(), { period: PERIOD }).norm.pairs);
  });

  it('looks only at the kinds asked for', () => {
    const org = honestOrg(HONEST, 11)
      .credit('m05', 'm06', 'likeReceived', 30)
      .credit('m06', 'm05', 'likeReceived', 30);
    expect(detectCollusion(org.edges(), { period: PERIOD }).groups).toHaveLength(1);
    const views = detectCollusion(org.edges(), { period: PERIOD, kinds: ['viewReceived'] });
    expect(views.kinds).toEqual(['viewReceived']);
    expect(views.groups).toEqual([]);
  });

  it('is deterministic: shuffled and split input rows give the identical report', () => {
    const edges = plantedOrg().edges();
    const random = prng(99);
    const shuffled = edges
      .flatMap((e) =>
        e.count > 1 && random() < 0.5
          ? [
              { ...e, count: 1, points: e.points / e.count },
              { ...e, count: e.count - 1, points: e.points - e.points / e.count },
            ]
          : [e],
      )
      .map((e) => ({ e, r: random() }))
      .sort((a, b) => a.r - b.r)
      .map(({ e }) => e);
    expect(detectCollusion(shuffled, { period: PERIOD })).toEqual(report);
  });

  it('gives each group a stable id from its members and period', () => {
    const pair = report.groups.find((g) => g.kind === 'pair')!;
    expect(pair.id).toMatch(/^fp_[0-9a-f]{16}$/);
    expect(pair.id).toBe(fairPlayGroupId(['pair-b', 'pair-a'], PERIOD));
    expect(pair.id).not.toBe(fairPlayGroupId(PAIR, { from: '2026-04-01', to: '2026-04-29' }));
    expect(new Set(report.groups.map((g) => g.id)).size).toBe(3);
  });
});

describe('fairPlayNorm', () => {
  it('is the median plus k scaled MADs, never below the absolute minimum', () => {
    // median 2; deviations 1,1,0,0,1,48 → MAD 1; 2 + 3·1.4826 = 6.45 → 7
    expect(
      fairPlayNorm([1, 1, 2, 2, 3, 50], 10, { ...DEFAULT_FAIR_PLAY_PARAMS, minPairCount: 0 }),
    ).toMatchObject({ median: 2, mad: 1, allowance: 7 });
    expect(fairPlayNorm([1, 1, 2, 2, 3, 50], 10).allowance).toBe(10);
    // A busy organization raises its own bar: median 20, MAD 5 → 20 + 22.239 → 43.
    expect(fairPlayNorm([10, 15, 20, 20, 25, 30, 400], 10).allowance).toBe(43);
  });
});

describe('selectExcessEntries', () => {
  const edges: CreditEdge[] = [
    ...honestOrg(HONEST, 13).edges(),
    { actorId: 'm01', earnerId: 'm02', kind: 'likeReceived', count: 13, points: 26 },
    { actorId: 'm02', earnerId: 'm01', kind: 'likeReceived', count: 12, points: 24 },
  ];
  const group = detectCollusion(edges, { period: PERIOD }).groups[0];
  const entry = (id: string, actorId: string, earnerId: string, day: number): CreditEntry => ({
    id,
    actorId,
    earnerId,
    occurredAt: new Date(Date.UTC(2026, 3, day)),
    points: 2,
  });

  it('picks, per edge, the most recent entries beyond the allowance (ties by id)', () => {
    const ab = group.edges.find((e) => e.actorId === 'm01' && e.earnerId === 'm02')!;
    const ba = group.edges.find((e) => e.actorId === 'm02' && e.earnerId === 'm01')!;
    const entries = [
      ...Array.from({ length: ab.count }, (_, i) =>
        entry(`ab${String(i).padStart(2, '0')}`, 'm01', 'm02', 1 + i),
      ),
      ...Array.from({ length: ba.count }, (_, i) =>
        entry(`ba${String(i).padStart(2, '0')}`, 'm02', 'm01', 5),
      ),
      entry('zz', 'm03', 'm04', 30),
    ];
    const picked = selectExcessEntries(group, entries);
    expect(picked).toHaveLength(ab.excessCount + ba.excessCount);
    const ids = picked.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    // m01→m02: the latest days; m02→m01: all on the same day, so the highest ids.
    const abIds = Array.from({ length: ab.count }, (_, i) => `ab${String(i).padStart(2, '0')}`);
    const baIds = Array.from({ length: ba.count }, (_, i) => `ba${String(i).padStart(2, '0')}`);
    expect(ids.filter((x) => x.startsWith('ab'))).toEqual(
      abIds.slice(abIds.length - ab.excessCount),
    );
    expect(ids.filter((x) => x.startsWith('ba'))).toEqual(
      baIds.slice(baIds.length - ba.excessCount),
    );
    expect(ids).not.toContain('zz');
  });
});

describe('input validation', () => {
  it('accepts a period of local days in order, at most a year', () => {
    expect(validateFairPlayPeriod('2026-04-01', '2026-04-01').ok).toBe(true);
    expect(validateFairPlayPeriod('2026-04-01', '2027-03-31').ok).toBe(true);
  });

  it.each([
    ['2026-05-01', '2026-04-01', 'fairPlay.endBeforeStart'],
    ['2026-02-30', '2026-04-01', 'fairPlay.invalidDate'],
    ['yesterday', '2026-04-01', 'fairPlay.invalidDate'],
    ['2026-01-01', '2027-01-03', 'fairPlay.periodTooLong'],
  ])('rejects %s..%s with %s', (from, to, code) => {
    const r = validateFairPlayPeriod(from, to);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain(code);
  });

  it('validates kinds and reasons', () => {
    expect(validateFairPlayKinds(undefined)).toEqual({
      ok: true,
      value: ['likeReceived', 'kudosReceived', 'viewReceived', 'templateReused'],
    });
    expect(validateFairPlayKinds(['viewReceived', 'likeReceived', 'viewReceived'])).toEqual({
      ok: true,
      value: ['likeReceived', 'viewReceived'],
    });
    expect(validateFairPlayKinds(['badgeAwarded']).ok).toBe(false);
    expect(validateFairPlayReason('  相互いいね  ')).toEqual({ ok: true, value: '相互いいね' });
    expect(validateFairPlayReason('   ').ok).toBe(false);
    expect(validateFairPlayReason('あ'.repeat(501)).ok).toBe(false);
    expect(validateFairPlayReason('あ'.repeat(500)).ok).toBe(true);
  });
});
