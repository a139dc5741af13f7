import type { PointEvent } from '@chienowa/domain';
import { ActivityBus } from '../../../apps/api/src/common/events/activity-bus';
import type { ActivityEventOf } from '../../../apps/api/src/common/events/activity-events';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import type { Tenant } from '../../../apps/api/src/common/tenancy/tenant-owned';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { LedgerEntryEntity } from '../../../apps/api/src/modules/points/entities/ledger-entry.entity';
import { MemberPointTotalEntity } from '../../../apps/api/src/modules/points/entities/member-point-total.entity';
import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { createOrganization } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const APPEAL_FIELDS = `id memberId memberName status subjectType issue kind sourceReference occurredOn
  reason outcome points resolutionReason resolvedById resultEntryId
  entry { id points kind reversed }
  events { action actorId actorName outcome points entryId reason }`;
const SUBMIT = `mutation S($input: SubmitAppealInput!) { submitAppeal(input: $input) { ${APPEAL_FIELDS} } }`;
const RESOLVE = `mutation R($input: ResolveAppealInput!) { resolveAppeal(input: $input) { ${APPEAL_FIELDS} } }`;
const WITHDRAW = `mutation W($id: ID!, $reason: String) { withdrawAppeal(id: $id, reason: $reason) { ${APPEAL_FIELDS} } }`;
const GET = `query G($id: ID!) { appeal(id: $id) { ${APPEAL_FIELDS} } }`;
const LIST = `query L($status: AppealStatus) { appeals(status: $status, first: 50) { nodes { id status } pageInfo { hasNextPage } } }`;
const MINE = `query M { myAppeals(first: 50) { nodes { id status } } }`;

type Appeal = {
  id: string;
  memberId: string;
  status: string;
  outcome: string | null;
  points: number | null;
  resultEntryId: string | null;
  entry: { id: string; points: number; kind: string; reversed: boolean } | null;
  events: {
    action: string;
    actorId: string;
    actorName: string;
    outcome: string | null;
    points: number | null;
    entryId: string | null;
    reason: string | null;
  }[];
};

/**
 * Appeals over HTTP: submit, each resolution's ledger effect, the member's timeline, access
 * (staff cannot resolve, members see only their own), double resolution, another org's entry.
 */
describe('appeals', () => {
  let t: TestApp;
  let db: TenantDataSource;
  let ledger: PointsLedgerService;
  let staff: GraphQLClient;
  let other: GraphQLClient;
  let hr: GraphQLClient;
  let staffMember: MemberEntity;
  let hrMember: MemberEntity;
  let tenant: Tenant;
  const resolved: ActivityEventOf<'appealResolved'>[] = [];
  let n = 0;

  const earn = async (memberId: string, org: Tenant = tenant): Promise<string> => {
    n += 1;
    const event: PointEvent = {
      kind: 'knowledgePublished',
      earnerId: memberId,
      actorId: memberId,
      sourceType: 'knowledgePost',
      sourceId: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
      occurredAt: new Date(),
    };
    const award = await db.transaction(org, (scope) =>
      ledger.record(scope, event, `appeal-test:${n}`),
    );
    if (!award.counted) throw new Error('fixture entry not counted');
    return award.entryId;
  };
  const submit = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ submitAppeal: Appeal }>(SUBMIT, { input });
  const resolve = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ resolveAppeal: Appeal }>(RESOLVE, { input });
  const allTime = async (memberId: string) =>
    (
      await t.dataSource
        .getRepository(MemberPointTotalEntity)
        .findOneBy({ memberId, periodKey: 'all' })
    )?.points ?? 0;
  const fieldCode = (res: { errors?: { extensions?: { fields?: { code: string }[] } }[] }) =>
    res.errors?.[0]?.extensions?.fields?.[0]?.code;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TenantDataSource);
    ledger = t.app.get(PointsLedgerService);
    t.app.get(ActivityBus).on('appealResolved', (e) => {
      resolved.push(e);
    });
    const members = t.dataSource.getRepository(MemberEntity);
    staffMember = (await members.findOneBy({ email: 'staff@example.com' }))!;
    hrMember = (await members.findOneBy({ email: 'hr@example.com' }))!;
    tenant = { organizationId: staffMember.organizationId };
    staff = t.client();
    await staff.login('staff@example.com');
    other = t.client();
    await other.login('taro.yamada@example.com');
    hr = t.client();
    await hr.login('hr@example.com');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('reverses a disputed entry and shows the member the timeline', async () => {
    const entryId = await earn(staffMember.id);
    const before = await allTime(staffMember.id);
    const submitted = await submit(staff, {
      entryId,
      issue: 'WRONG_AMOUNT',
      reason: '二重に計上されています',
    });
    expect(submitted.errors).toBeUndefined();
    const appeal = submitted.data!.submitAppeal;
    expect(appeal).toMatchObject({
      status: 'OPEN',
      subjectType: 'ENTRY',
      issue: 'WRONG_AMOUNT',
      entry: { id: entryId, points: 10, reversed: false },
      events: [{ action: 'SUBMITTED', actorId: staffMember.id, reason: '二重に計上されています' }],
    });

    // One open appeal per entry.
    const again = await submit(staff, { entryId, reason: 'もう一度' });
    expect(fieldCode(again)).toBe('appeal.alreadyOpen');

    // Staff cannot resolve or list everyone's appeals.
    const byStaff = await resolve(staff, { id: appeal.id, outcome: 'REJECT', reason: 'x' });
    expect(errorCode(byStaff)).toBe('FORBIDDEN');
    expect(errorCode(await staff.request(LIST))).toBe('FORBIDDEN');

    const done = await resolve(hr, { id: appeal.id, outcome: 'REVERSE', reason: '確認しました' });
    expect(done.errors).toBeUndefined();
    const reversal = await t.dataSource
      .getRepository(LedgerEntryEntity)
      .findOneByOrFail({ reversesEntryId: entryId });
    expect(reversal).toMatchObject({
      memberId: staffMember.id,
      points: -10,
      reason: '確認しました',
    });
    expect(await allTime(staffMember.id)).toBe(before - 10);

    const seen = await staff.ok<{ appeal: Appeal }>(GET, { id: appeal.id });
    expect(seen.appeal).toMatchObject({
      status: 'RESOLVED',
      outcome: 'REVERSED',
      resultEntryId: reversal.id,
      entry: { reversed: true },
    });
    expect(seen.appeal.events).toEqual([
      expect.objectContaining({ action: 'SUBMITTED', actorId: staffMember.id }),
      {
        action: 'RESOLVED',
        actorId: hrMember.id,
        actorName: hrMember.displayName,
        outcome: 'REVERSED',
        points: -10,
        entryId: reversal.id,
        reason: '確認しました',
      },
    ]);

    // Resolving twice changes nothing.
    const twice = await resolve(hr, {
      id: appeal.id,
      outcome: 'COMPENSATE',
      points: 5,
      reason: 'x',
    });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(fieldCode(twice)).toBe('appeal.notOpen');
    expect(await allTime(staffMember.id)).toBe(before - 10);

    await t.app.get(ActivityBus).drain();
    expect(resolved).toContainEqual(
      expect.objectContaining({
        type: 'appealResolved',
        appealId: appeal.id,
        memberId: staffMember.id,
        resolverId: hrMember.id,
        outcome: 'reversed',
        points: -10,
      }),
    );
    // The member is notified in the app (bell), with the outcome and HR's reason.
    const { notifications } = await staff.ok<{
      notifications: {
        edges: { node: { type: string; appeal: { outcome: string; points: number } | null } }[];
      };
    }>('{ notifications(first: 20) { edges { node { type appeal { outcome points } } } } }');
    expect(notifications.edges.map((e) => e.node)).toContainEqual({
      type: 'APPEAL_RESOLVED',
      appeal: { outcome: 'reversed', points: -10 },
    });
  });

  it('compensates a missing credit with a manual adjustment by HR', async () => {
    const before = await allTime(staffMember.id);
    const { submitAppeal: appeal } = (
      await submit(staff, {
        kind: 'templatePublished',
        sourceReference: '議事録テンプレート',
        occurredOn: '2026-01-15',
        reason: '公開したのにポイントがありません',
      })
    ).data!;
    expect(appeal).toMatchObject({ subjectType: 'MISSING_CREDIT', entry: null });

    const bad = await resolve(hr, { id: appeal.id, outcome: 'COMPENSATE', points: 0, reason: 'x' });
    expect(fieldCode(bad)).toBe('appeal.pointsOutOfRange');
    const cannotReverse = await resolve(hr, { id: appeal.id, outcome: 'REVERSE', reason: 'x' });
    expect(fieldCode(cannotReverse)).toBe('appeal.nothingToReverse');

    const done = (
      await resolve(hr, { id: appeal.id, outcome: 'COMPENSATE', points: 15, reason: '付与漏れ' })
    ).data!.resolveAppeal;
    expect(done).toMatchObject({ status: 'RESOLVED', outcome: 'COMPENSATED', points: 15 });
    const entry = await t.dataSource
      .getRepository(LedgerEntryEntity)
      .findOneByOrFail({ id: done.resultEntryId! });
    expect(entry).toMatchObject({
      memberId: staffMember.id,
      kind: 'manualAdjustment',
      sourceType: 'manual',
      sourceId: appeal.id,
      actorId: hrMember.id,
      points: 15,
      idempotencyKey: `appeal:${appeal.id}:compensate`,
    });
    expect(await allTime(staffMember.id)).toBe(before + 15);
  });

  it('rejects without touching the ledger, and lets a member withdraw', async () => {
    const entryId = await earn(staffMember.id);
    const count = () => t.dataSource.getRepository(LedgerEntryEntity).count();
    const { submitAppeal: appeal } = (
      await submit(staff, { entryId, issue: 'NOT_MINE', reason: '私の投稿ではない' })
    ).data!;
    const before = await count();
    const rejected = (
      await resolve(hr, { id: appeal.id, outcome: 'REJECT', reason: 'ご本人の投稿です' })
    ).data!.resolveAppeal;
    expect(rejected).toMatchObject({ outcome: 'REJECTED', resultEntryId: null });
    expect(await count()).toBe(before);

    // A closed appeal frees the entry: a new one may be filed, and withdrawn by its member only.
    const { submitAppeal: second } = (
      await submit(staff, { entryId, reason: '再確認をお願いします' })
    ).data!;
    expect(errorCode(await other.request(WITHDRAW, { id: second.id }))).toBe('NOT_FOUND');
    const withdrawn = await staff.ok<{ withdrawAppeal: Appeal }>(WITHDRAW, {
      id: second.id,
      reason: '取り下げます',
    });
    expect(withdrawn.withdrawAppeal.status).toBe('WITHDRAWN');
    expect(withdrawn.withdrawAppeal.events.map((e) => e.action)).toEqual([
      'SUBMITTED',
      'WITHDRAWN',
    ]);
    const late = await resolve(hr, { id: second.id, outcome: 'REJECT', reason: 'x' });
    expect(fieldCode(late)).toBe('appeal.notOpen');
  });

  it('keeps appeals private to their member and refuses others’ entries', async () => {
    const mine = await staff.ok<{ myAppeals: { nodes: Appeal[] } }>(MINE);
    expect(mine.myAppeals.nodes.length).toBeGreaterThanOrEqual(4);
    const theirs = await other.ok<{ myAppeals: { nodes: Appeal[] } }>(MINE);
    expect(theirs.myAppeals.nodes).toEqual([]);
    expect(errorCode(await other.request(GET, { id: mine.myAppeals.nodes[0].id }))).toBe(
      'NOT_FOUND',
    );
    const all = await hr.ok<{ appeals: { nodes: Appeal[] } }>(LIST, { status: 'RESOLVED' });
    expect(all.appeals.nodes.length).toBe(3);

    // Another member's entry, and another organization's entry: NOT_FOUND.
    const othersEntry = await earn(
      (await t.dataSource
        .getRepository(MemberEntity)
        .findOneBy({ email: 'taro.yamada@example.com' }))!.id,
    );
    expect(errorCode(await submit(staff, { entryId: othersEntry, reason: 'x' }))).toBe('NOT_FOUND');
    const org2 = await createOrganization(t.dataSource, 'appeals-other');
    const admin2 = await t.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ email: org2.adminEmail });
    const foreign = await earn(admin2.id, { organizationId: org2.organizationId });
    expect(errorCode(await submit(staff, { entryId: foreign, reason: 'x' }))).toBe('NOT_FOUND');
  });

  it('leaves the running totals exact', async () => {
    const result = await verifyLedger(t.dataSource);
    expect(result.entries).toBeGreaterThan(0);
    expect(result.drift).toEqual([]);
  });
});
