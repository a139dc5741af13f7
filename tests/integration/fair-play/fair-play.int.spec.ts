import type { PointEvent } from '@chienowa/domain';
import { ActivityBus } from '../../../apps/api/src/common/events/activity-bus';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * The fair-play report on the real database: a planted ring of three among honest activity
 * and an honest busy team, recorded through the real ledger (PointsLedgerService.record).
 */

const FROM = '2025-03-02';
const TO = '2025-03-29';
// 2025-03-02 00:00 in Tokyo (the demo organization's zone).
const PERIOD_START = Date.UTC(2025, 2, 1, 15, 0, 0);

/** mulberry32: a tiny seeded PRNG, the same "random" honest activity on every run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Credit = {
  actor: MemberEntity;
  earner: MemberEntity;
  kind: 'viewReceived' | 'templateReused';
  at: Date;
  key: string;
};

const GROUP_FIELDS = `id kind excessCount excessPoints reversedPoints pendingPoints alreadyReversed totalCount
  members { id email }
  edges { actor { id } earner { id } count points share heavy excessCount excessPoints byKind { kind count points } }
  reversals { reason entriesReversed pointsReversed reversedBy { email } }`;
const REPORT = `query R($input: FairPlayReportInput!) { fairPlayReport(input: $input) {
  from to kinds norm { pairs members median mad allowance analysed } groups { ${GROUP_FIELDS} } } }`;
const REVERSE = `mutation V($input: ReverseFairPlayExcessInput!) { reverseFairPlayExcess(input: $input) {
  id groupId reason entriesReversed pointsReversed reversedBy { email } members { id } } }`;

type Group = {
  id: string;
  kind: string;
  excessCount: number;
  excessPoints: number;
  reversedPoints: number;
  pendingPoints: number;
  alreadyReversed: boolean;
  totalCount: number;
  members: { id: string; email: string }[];
  edges: {
    actor: { id: string };
    earner: { id: string };
    count: number;
    points: number;
    share: number;
    heavy: boolean;
    excessCount: number;
    excessPoints: number;
    byKind: { kind: string; count: number; points: number }[];
  }[];
  reversals: {
    reason: string;
    entriesReversed: number;
    pointsReversed: number;
    reversedBy: { email: string };
  }[];
};
type Report = {
  fairPlayReport: {
    from: string;
    to: string;
    kinds: string[];
    norm: { allowance: number; analysed: boolean; median: number; members: number };
    groups: Group[];
  };
};

describe('fair-play report', () => {
  let t: TestApp;
  let hr: GraphQLClient;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let ring: MemberEntity[];
  let team: MemberEntity[];
  const credits: Credit[] = [];

  const report = (client: GraphQLClient = hr, input: Record<string, unknown> = {}) =>
    client.ok<Report>(REPORT, { input: { from: FROM, to: TO, ...input } });
  const totals = async (): Promise<Map<string, number>> => {
    const rows: { member_id: string; points: string | number }[] = await t.dataSource.query(
      "SELECT member_id, points FROM member_point_totals WHERE organization_id = ? AND period_key = 'all'",
      [ring[0].organizationId],
    );
    return new Map(rows.map((r) => [r.member_id, Number(r.points)]));
  };
  const ledgerCount = async () =>
    Number(
      (
        (await t.dataSource.query('SELECT COUNT(*) AS n FROM ledger_entries')) as {
          n: string | number;
        }[]
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    [hr, admin, staff, manager] = [t.client(), t.client(), t.client(), t.client()];
    await hr.login('hr@example.com');
    await admin.login('admin@example.com');
    await staff.login('staff@example.com');
    await manager.login('manager@example.com');

    const members = await t.dataSource
      .getRepository(MemberEntity)
      .find({ where: { active: true }, order: { email: 'ASC' } });
    const candidates = members.filter(
      (m) => !['admin@example.com', 'hr@example.com'].includes(m.email),
    );
    ring = candidates.slice(0, 3);
    team = candidates.slice(3, 11);
    const random = prng(2025);
    let seq = 0;
    const credit = (actor: MemberEntity, earner: MemberEntity, kind: Credit['kind']) => {
      seq += 1;
      // A distinct second per credit, spread over the 28 days of the period.
      const day = seq % 28;
      credits.push({
        actor,
        earner,
        kind,
        at: new Date(PERIOD_START + day * 86_400_000 + Math.floor(seq / 28) * 1000),
        key: `fp-it:${seq}`,
      });
    };
    // Honest activity: everyone views 8 random colleagues' posts.
    for (const actor of members) {
      for (let i = 0; i < 8; i += 1) {
        let earner = actor;
        while (earner.id === actor.id) earner = members[Math.floor(random() * members.length)];
        credit(actor, earner, random() < 0.8 ? 'viewReceived' : 'templateReused');
      }
    }
    // An honest busy team: everyone views everyone's posts, 12 times each (above the norm).
    for (const a of team)
      for (const b of team)
        if (a !== b) for (let i = 0; i < 12; i += 1) credit(a, b, 'viewReceived');
    // The ring: A→B→C→A, 20 credits per edge (16 views, 4 template reuses).
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length];
      for (let n = 0; n < 20; n += 1) credit(a, b, n % 5 === 4 ? 'templateReused' : 'viewReceived');
    });

    const db = t.app.get(TenantDataSource);
    const ledger = t.app.get(PointsLedgerService);
    for (const actor of members) {
      const own = credits.filter((c) => c.actor.id === actor.id);
      await db.transaction(actor, async (scope) => {
        for (const c of own) {
          const event: PointEvent = {
            kind: c.kind,
            earnerId: c.earner.id,
            actorId: c.actor.id,
            sourceType: c.kind === 'viewReceived' ? 'knowledgePost' : 'template',
            sourceId: `00000000-0000-7000-8000-${c.key.slice(6).padStart(12, '0')}`,
            occurredAt: c.at,
          };
          const result = await ledger.record(scope, event, c.key);
          if (!result.counted) throw new Error(`not counted: ${c.key} ${result.reason}`);
        }
      });
    }
    // Let other modules' reactions to the usage events (badges …) settle before measuring.
    await t.app.get(ActivityBus).drain();
  });
  afterAll(() => t.close());

  /** Expected excess of one ring edge: its most recent credits beyond the allowance. */
  const expectedExcess = (a: MemberEntity, b: MemberEntity, allowance: number) => {
    const edge = credits
      .filter((c) => c.actor.id === a.id && c.earner.id === b.id)
      .sort((x, y) => y.at.getTime() - x.at.getTime());
    const excess = edge.slice(0, Math.max(0, edge.length - allowance));
    return {
      count: edge.length,
      excessCount: excess.length,
      points: excess.reduce((s, c) => s + (c.kind === 'viewReceived' ? 1 : 5), 0),
    };
  };

  it('finds the ring with its evidence and does not flag the honest busy team', async () => {
    const { fairPlayReport: r } = await report();
    expect(r.norm).toMatchObject({ analysed: true, median: 1, allowance: 10 });
    expect(r.kinds).toEqual([
      'LIKE_RECEIVED',
      'KUDOS_RECEIVED',
      'VIEW_RECEIVED',
      'TEMPLATE_REUSED',
    ]);
    expect(r.groups).toHaveLength(1);
    const [group] = r.groups;
    expect(group.kind).toBe('CIRCLE');
    expect(group.members.map((m) => m.id).sort()).toEqual(ring.map((m) => m.id).sort());
    const flagged = new Set(group.members.map((m) => m.id));
    for (const m of team) expect(flagged.has(m.id)).toBe(false);

    let excessPoints = 0;
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length];
      const expected = expectedExcess(a, b, 10);
      const edge = group.edges.find((e) => e.actor.id === a.id && e.earner.id === b.id)!;
      expect(edge).toMatchObject({
        heavy: true,
        count: expected.count,
        excessCount: expected.excessCount,
        excessPoints: expected.points,
      });
      expect(edge.count).toBeGreaterThanOrEqual(20);
      expect(edge.byKind.find((k) => k.kind === 'TEMPLATE_REUSED')!.count).toBeGreaterThanOrEqual(
        4,
      );
      excessPoints += expected.points;
    });
    expect(group.excessPoints).toBe(
      excessPoints + group.edges.filter((e) => !e.heavy).reduce((s, e) => s + e.excessPoints, 0),
    );
    expect(group).toMatchObject({
      pendingPoints: group.excessPoints,
      reversedPoints: 0,
      alreadyReversed: false,
      reversals: [],
    });
    // Looking at likes only, there is nothing to see.
    const likes = await report(hr, { kinds: ['LIKE_RECEIVED'] });
    expect(likes.fairPlayReport.groups).toEqual([]);
  });

  it('is for admins and HR only', async () => {
    for (const client of [staff, manager]) {
      expect(errorCode(await client.request(REPORT, { input: { from: FROM, to: TO } }))).toBe(
        'FORBIDDEN',
      );
      const res = await client.request(REVERSE, {
        input: { from: FROM, to: TO, groupId: 'fp_0000000000000000', reason: 'x' },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect((await report(admin)).fairPlayReport.groups).toHaveLength(1);
  });

  it('rejects bad input clearly and writes nothing', async () => {
    const before = await ledgerCount();
    const inverted = await hr.request(REPORT, { input: { from: TO, to: FROM } });
    expect(errorCode(inverted)).toBe('BAD_USER_INPUT');
    expect(inverted.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'to', code: 'fairPlay.endBeforeStart' }),
    ]);
    const { groups } = (await report()).fairPlayReport;
    const emptyReason = await admin.request(REVERSE, {
      input: { from: FROM, to: TO, groupId: groups[0].id, reason: '   ' },
    });
    expect(errorCode(emptyReason)).toBe('BAD_USER_INPUT');
    expect(emptyReason.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'reason', code: 'fairPlay.reasonRequired' }),
    ]);
    const tooLong = await admin.request(REVERSE, {
      input: { from: FROM, to: TO, groupId: groups[0].id, reason: 'あ'.repeat(501) },
    });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    const unknown = await admin.request(REVERSE, {
      input: { from: FROM, to: TO, groupId: 'fp_0000000000000000', reason: 'test' },
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(await ledgerCount()).toBe(before);
  });

  it('reverses the excess once: totals drop by it, a second reversal is a no-op', async () => {
    const [group] = (await report()).fairPlayReport.groups;
    const before = await totals();
    const input = {
      from: FROM,
      to: TO,
      groupId: group.id,
      reason: '相互の閲覧・利用が規範を大きく超過',
    };

    const { reverseFairPlayExcess: first } = await admin.ok<{
      reverseFairPlayExcess: {
        groupId: string;
        entriesReversed: number;
        pointsReversed: number;
        reason: string;
        reversedBy: { email: string };
      };
    }>(REVERSE, { input });
    await t.app.get(ActivityBus).drain();
    expect(first).toMatchObject({
      groupId: group.id,
      entriesReversed: group.excessCount,
      pointsReversed: group.excessPoints,
      reason: input.reason,
      reversedBy: { email: 'admin@example.com' },
    });
    expect(group.excessPoints).toBeGreaterThan(0);

    const after = await totals();
    for (const member of group.members) {
      const received = group.edges
        .filter((e) => e.earner.id === member.id)
        .reduce((s, e) => s + e.excessPoints, 0);
      expect(after.get(member.id)).toBe(before.get(member.id)! - received);
    }
    for (const m of team) expect(after.get(m.id)).toBe(before.get(m.id));

    const verification = await verifyLedger(t.dataSource);
    expect(verification.drift).toEqual([]);

    // The report still shows the group, now reversed, with the audit.
    const [reversed] = (await report()).fairPlayReport.groups;
    expect(reversed).toMatchObject({
      id: group.id,
      excessPoints: group.excessPoints,
      reversedPoints: group.excessPoints,
      pendingPoints: 0,
      alreadyReversed: true,
      reversals: [
        {
          reason: input.reason,
          entriesReversed: group.excessCount,
          pointsReversed: group.excessPoints,
          reversedBy: { email: 'admin@example.com' },
        },
      ],
    });

    // Again (HR this time): nothing more is reversed.
    const { reverseFairPlayExcess: second } = await hr.ok<{
      reverseFairPlayExcess: { entriesReversed: number; pointsReversed: number };
    }>(REVERSE, { input });
    expect(second).toMatchObject({ entriesReversed: 0, pointsReversed: 0 });
    await t.app.get(ActivityBus).drain();
    expect(await totals()).toEqual(after);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });
});
