import { v7 as uuidv7 } from 'uuid';
import { zonedStartOfDay, type PointEvent } from '@chienowa/domain';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import type { Tenant } from '../../../apps/api/src/common/tenancy/tenant-owned';
import { MemberRoleEntity } from '../../../apps/api/src/modules/identity/entities/member-role.entity';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { hashPassword } from '../../../apps/api/src/modules/identity/services/password-hasher.service';
import { KnowledgePostEntity } from '../../../apps/api/src/modules/knowledge/entities/knowledge-post.entity';
import { DepartmentEntity } from '../../../apps/api/src/modules/organization/entities/department.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { SuccessStoryTemplateEntity } from '../../../apps/api/src/modules/stories/entities/success-story-template.entity';
import { SuccessStoryEntity } from '../../../apps/api/src/modules/stories/entities/success-story.entity';
import { PromptTemplateEntity } from '../../../apps/api/src/modules/templates/entities/prompt-template.entity';
import { createOrganization, TEST_PASSWORD } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const QUERY = `query A($input: AdoptionAnalyticsInput!) {
  adoptionAnalytics(input: $input) {
    from to departmentIds
    activeRate { activeMembers members rate }
    departments { departmentId name activeMembers members rate }
    weeklyTrend { periodKey firstDay lastDay activeMembers members rate }
    monthlyTrend { periodKey activeMembers members rate }
    contributionsByWeek { week posts templates stories reuses reviews kudos }
    hoursSavedByMonth { month hoursSaved cumulativeHours }
    totalHoursSaved
    topTemplatesByReuses { templateId title authorName reuses }
    topTemplatesByHoursSaved { templateId hoursSavedPerMonth hoursSaved }
    topContributors { memberId name points }
    deadContent { postId title ownerName lastViewedOn }
    deadContentCount
    staleContent { postId ownerName reviewBy }
    staleContentCount
    departmentComparison { name members activeMembers posts reuses hoursSaved points }
  }
}`;
const CSV = `query C($input: AdoptionAnalyticsInput!, $chart: AdoptionChart!) {
  adoptionAnalyticsCsv(input: $input, chart: $chart) { filename content }
}`;

type Rate = { activeMembers: number; members: number; rate: number };
type Analytics = {
  departmentIds: string[] | null;
  activeRate: Rate;
  departments: (Rate & { departmentId: string; name: string })[];
  weeklyTrend: (Rate & { periodKey: string; firstDay: string; lastDay: string })[];
  monthlyTrend: (Rate & { periodKey: string })[];
  contributionsByWeek: Record<string, number | string>[];
  hoursSavedByMonth: { month: string; hoursSaved: number; cumulativeHours: number }[];
  totalHoursSaved: number;
  topTemplatesByReuses: { templateId: string; title: string; authorName: string; reuses: number }[];
  topTemplatesByHoursSaved: {
    templateId: string;
    hoursSavedPerMonth: number;
    hoursSaved: number;
  }[];
  topContributors: { memberId: string; name: string; points: number }[];
  deadContent: { postId: string; title: string; ownerName: string; lastViewedOn: string | null }[];
  deadContentCount: number;
  staleContent: { postId: string; ownerName: string; reviewBy: string }[];
  staleContentCount: number;
  departmentComparison: Record<string, number | string>[];
};

// The fixture's range: ISO weeks 2026-W09..W11, months 2026-02 (23–28) and 2026-03 (1–15).
const RANGE = { from: '2026-02-23', to: '2026-03-15' };
const at = (day: string, hour = 10) =>
  new Date(zonedStartOfDay(day, 'Asia/Tokyo').getTime() + hour * 3_600_000);

/**
 * Adoption analytics on a fresh organization whose numbers were computed by hand: active rate
 * per department and trend, contributions, hours saved, dead/stale content, a manager scoped
 * to their department, bad input.
 */
describe('adoption analytics', () => {
  let t: TestApp;
  let tenant: Tenant;
  let admin: GraphQLClient;
  let manager: GraphQLClient;
  let staff: GraphQLClient;
  const ids: Record<string, string> = {};

  const analytics = async (client: GraphQLClient, input: Record<string, unknown>) => {
    const res = await client.request<{ adoptionAnalytics: Analytics }>(QUERY, { input });
    return { res, data: res.data?.adoptionAnalytics ?? null };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t.dataSource, 'adoption');
    tenant = { organizationId: org.organizationId };
    const db = t.app.get(TenantDataSource);
    const ledger = t.app.get(PointsLedgerService);
    const scope = db.scope(tenant);

    const dep = (key: string, name: string, parentId: string | null = null) => {
      ids[key] = uuidv7();
      return scope.repo(DepartmentEntity).create({
        id: ids[key],
        name,
        parentId,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    };
    const sales = dep('sales', '営業部');
    await scope.repo(DepartmentEntity).insert([sales]);
    await scope
      .repo(DepartmentEntity)
      .insert([dep('sales1', '第一営業課', ids.sales), dep('dev', '開発部')]);

    const passwordHash = await hashPassword(TEST_PASSWORD);
    const member = (key: string, name: string, departmentKey: string, email: string) => {
      ids[key] = uuidv7();
      return scope.repo(MemberEntity).create({
        id: ids[key],
        email,
        displayName: name,
        nameReading: 'テスト',
        employeeNumber: key,
        departmentId: ids[departmentKey],
        active: true,
        joinedOn: null,
        locale: 'ja',
        passwordHash,
        passwordChangedAt: null,
        lastLoginAt: null,
        deactivatedAt: null,
        createdAt: at('2026-01-05'),
        updatedAt: at('2026-01-05'),
      });
    };
    await scope
      .repo(MemberEntity)
      .insert([
        member('mgr', '管理 一郎', 'sales', 'mgr@adoption.example.com'),
        member('a1', '青木 花子', 'sales', 'a1@adoption.example.com'),
        member('a2', '伊藤 次郎', 'sales1', 'a2@adoption.example.com'),
        member('b1', '上田 三郎', 'dev', 'b1@adoption.example.com'),
        member('b2', '江口 四郎', 'dev', 'b2@adoption.example.com'),
      ]);
    await scope
      .repo(MemberRoleEntity)
      .insert([
        scope.repo(MemberRoleEntity).create({ memberId: ids.mgr, role: 'manager' }),
        scope.repo(MemberRoleEntity).create({ memberId: ids.mgr, role: 'staff' }),
        scope.repo(MemberRoleEntity).create({ memberId: ids.a1, role: 'staff' }),
      ]);

    ids.t1 = uuidv7();
    await scope.repo(PromptTemplateEntity).insert(
      scope.repo(PromptTemplateEntity).create({
        id: ids.t1,
        authorId: ids.b1,
        title: '=議事録テンプレート',
        description: 'd',
        categoryId: uuidv7(),
        kind: 'template' as never,
        targetTool: 'any' as never,
        body: 'b',
        status: 'published' as never,
        forkedFromId: null,
        publishCount: 1,
        reuseCount: 1,
        forkCount: 0,
        createdAt: at('2026-03-02'),
        updatedAt: at('2026-03-02'),
      }),
    );

    const post = (key: string, ownerKey: string, publishedOn: string, reviewBy: string) => {
      ids[key] = uuidv7();
      return scope.repo(KnowledgePostEntity).create({
        id: ids[key],
        authorId: ids[ownerKey],
        ownerId: ids[ownerKey],
        departmentId: null,
        title: key,
        bodyMarkdown: 'x',
        status: 'published',
        reviewBy,
        publishedAt: at(publishedOn),
        lastReviewedAt: null,
        publishCount: 1,
        viewCount: 0,
        likeCount: 0,
        commentCount: 0,
        createdAt: at(publishedOn),
        updatedAt: at(publishedOn),
      });
    };
    await scope
      .repo(KnowledgePostEntity)
      .insert([
        post('oldPost', 'a1', '2025-10-01', '2026-03-01'),
        post('viewedPost', 'b1', '2025-10-01', '2026-12-31'),
        post('newPost', 'a1', '2026-03-03', '2026-09-01'),
      ]);

    // Stories: b1 saves (60 − 30) × 4 = 120 min = 2 h/month from February (uses t1);
    // a1 saves (10 − 5) × 6 = 30 min = 0.5 h/month from March; a returned story counts nothing.
    const story = (
      key: string,
      authorKey: string,
      status: string,
      approvedOn: string,
      x100: [number, number, number],
    ) => {
      ids[key] = uuidv7();
      return scope.repo(SuccessStoryEntity).create({
        id: ids[key],
        authorId: ids[authorKey],
        departmentId: null,
        title: key,
        improved: 'i',
        howMarkdown: 'h',
        minutesBeforeX100: x100[0] * 100,
        minutesAfterX100: x100[1] * 100,
        occurrencesPerMonthX100: x100[2] * 100,
        qualityNote: null,
        status,
        reviewerId: ids.mgr,
        reviewComment: null,
        submittedAt: at(approvedOn),
        reviewedAt: at(approvedOn),
        approvedAt: at(approvedOn),
        approvalCount: 1,
        createdAt: at(approvedOn),
        updatedAt: at(approvedOn),
      });
    };
    await scope
      .repo(SuccessStoryEntity)
      .insert([
        story('s1', 'b1', 'approved', '2026-02-10', [60, 30, 4]),
        story('s2', 'a1', 'approved', '2026-03-05', [10, 5, 6]),
        story('s3', 'a2', 'returned', '2026-03-06', [600, 0, 10]),
      ]);
    await scope
      .repo(SuccessStoryTemplateEntity)
      .insert(
        scope.repo(SuccessStoryTemplateEntity).create({ storyId: ids.s1, templateId: ids.t1 }),
      );

    // Usage through the real ledger (points and usage rows).
    const record = (
      key: string,
      event: Omit<PointEvent, 'sourceType'> & { sourceType: PointEvent['sourceType'] },
    ) => db.transaction(tenant, (tx) => ledger.record(tx, event, key));
    await record('t1-published', {
      kind: 'templatePublished',
      earnerId: ids.b1,
      actorId: ids.b1,
      sourceType: 'template',
      sourceId: ids.t1,
      occurredAt: at('2026-03-02'),
    });
    await record('new-post-published', {
      kind: 'knowledgePublished',
      earnerId: ids.a1,
      actorId: ids.a1,
      sourceType: 'knowledgePost',
      sourceId: ids.newPost,
      occurredAt: at('2026-03-03'),
    });
    for (const [n, hour] of [
      [1, 10],
      [2, 11], // same viewer, same day: a duplicate that counts for nothing
    ]) {
      await record(`new-post-view-${n}`, {
        kind: 'viewReceived',
        earnerId: ids.a1,
        actorId: ids.mgr,
        sourceType: 'knowledgePost',
        sourceId: ids.newPost,
        occurredAt: at('2026-03-04', hour),
      });
    }
    await record('t1-reused', {
      kind: 'templateReused',
      earnerId: ids.b1,
      actorId: ids.a2,
      sourceType: 'template',
      sourceId: ids.t1,
      occurredAt: at('2026-03-10'),
    });
    // Outside the range: makes viewedPost alive and gives b2 activity that does not count.
    await record('viewed-post-view', {
      kind: 'viewReceived',
      earnerId: ids.b1,
      actorId: ids.mgr,
      sourceType: 'knowledgePost',
      sourceId: ids.viewedPost,
      occurredAt: at('2026-01-10'),
    });
    await record('b2-old-post', {
      kind: 'knowledgePublished',
      earnerId: ids.b2,
      actorId: ids.b2,
      sourceType: 'knowledgePost',
      sourceId: uuidv7(),
      occurredAt: at('2026-03-16'),
    });

    admin = t.client();
    await admin.login(org.adminEmail, TEST_PASSWORD);
    manager = t.client();
    await manager.login('mgr@adoption.example.com', TEST_PASSWORD);
    staff = t.client();
    await staff.login('a1@adoption.example.com', TEST_PASSWORD);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('computes the organization dashboard as hand-computed', async () => {
    const { res, data } = await analytics(admin, RANGE);
    expect(res.errors).toBeUndefined();
    const a = data!;
    expect(a.departmentIds).toBeNull();
    // Departments: top level by name, each followed by its sub-departments.
    // Members at the end: mgr a1 a2 b1 b2 (the admin's account is newer than the range).
    // Active: a1 (post), a2 (reuse), b1 (template). mgr only viewed, b2 acted after the range.
    expect(a.activeRate).toEqual({ activeMembers: 3, members: 5, rate: 0.6 });
    expect(a.departments).toEqual([
      { departmentId: ids.sales, name: '営業部', activeMembers: 1, members: 2, rate: 0.5 },
      { departmentId: ids.sales1, name: '第一営業課', activeMembers: 1, members: 1, rate: 1 },
      { departmentId: ids.dev, name: '開発部', activeMembers: 1, members: 2, rate: 0.5 },
    ]);
    expect(a.weeklyTrend).toEqual([
      {
        periodKey: '2026-W09',
        firstDay: '2026-02-23',
        lastDay: '2026-03-01',
        activeMembers: 0,
        members: 5,
        rate: 0,
      },
      {
        periodKey: '2026-W10',
        firstDay: '2026-03-02',
        lastDay: '2026-03-08',
        activeMembers: 2,
        members: 5,
        rate: 0.4,
      },
      {
        periodKey: '2026-W11',
        firstDay: '2026-03-09',
        lastDay: '2026-03-15',
        activeMembers: 1,
        members: 5,
        rate: 0.2,
      },
    ]);
    expect(a.monthlyTrend).toEqual([
      { periodKey: '2026-02', activeMembers: 0, members: 5, rate: 0 },
      { periodKey: '2026-03', activeMembers: 3, members: 5, rate: 0.6 },
    ]);
    expect(a.contributionsByWeek).toEqual([
      { week: '2026-W09', posts: 0, templates: 0, stories: 0, reuses: 0, reviews: 0, kudos: 0 },
      { week: '2026-W10', posts: 1, templates: 1, stories: 0, reuses: 0, reviews: 0, kudos: 0 },
      { week: '2026-W11', posts: 0, templates: 0, stories: 0, reuses: 1, reviews: 0, kudos: 0 },
    ]);
    // February: s1 2 h; March: s1 2 h + s2 0.5 h; s3 is not approved.
    expect(a.hoursSavedByMonth).toEqual([
      { month: '2026-02', hoursSaved: 2, cumulativeHours: 2 },
      { month: '2026-03', hoursSaved: 2.5, cumulativeHours: 4.5 },
    ]);
    expect(a.totalHoursSaved).toBe(4.5);
    expect(a.topTemplatesByReuses).toEqual([
      { templateId: ids.t1, title: '=議事録テンプレート', authorName: '上田 三郎', reuses: 1 },
    ]);
    expect(a.topTemplatesByHoursSaved).toEqual([
      { templateId: ids.t1, hoursSavedPerMonth: 2, hoursSaved: 4 },
    ]);
    // b1: template 10 + reuse 5; a1: post 10 + one counted view 1.
    expect(a.topContributors).toEqual([
      { memberId: ids.b1, name: '上田 三郎', points: 15 },
      { memberId: ids.a1, name: '青木 花子', points: 11 },
    ]);
    // Window: 2025-12-16 … 2026-03-15. oldPost never viewed; viewedPost seen 2026-01-10;
    // newPost published inside the window.
    expect(a.deadContent).toEqual([
      { postId: ids.oldPost, title: 'oldPost', ownerName: '青木 花子', lastViewedOn: null },
    ]);
    expect(a.deadContentCount).toBe(1);
    expect(a.staleContent).toEqual([
      { postId: ids.oldPost, ownerName: '青木 花子', reviewBy: '2026-03-01' },
    ]);
    expect(a.departmentComparison).toEqual([
      {
        name: '営業部',
        members: 2,
        activeMembers: 1,
        posts: 1,
        reuses: 0,
        hoursSaved: 0.5,
        points: 11,
      },
      {
        name: '第一営業課',
        members: 1,
        activeMembers: 1,
        posts: 0,
        reuses: 1,
        hoursSaved: 0,
        points: 0,
      },
      {
        name: '開発部',
        members: 2,
        activeMembers: 1,
        posts: 0,
        reuses: 0,
        hoursSaved: 4,
        points: 15,
      },
    ]);
  });

  it('scopes a manager to their department and its sub-departments', async () => {
    const own = await analytics(manager, RANGE);
    expect(own.res.errors).toBeUndefined();
    expect([...own.data!.departmentIds!].sort()).toEqual([ids.sales, ids.sales1].sort());
    expect(own.data!.activeRate).toEqual({ activeMembers: 2, members: 3, rate: 0.6667 });
    expect(own.data!.topContributors.map((c) => c.memberId)).toEqual([ids.a1]);
    expect(own.data!.totalHoursSaved).toBe(0.5);

    const sub = await analytics(manager, { ...RANGE, departmentId: ids.sales1 });
    expect(sub.data!.activeRate).toEqual({ activeMembers: 1, members: 1, rate: 1 });

    const other = await analytics(manager, { ...RANGE, departmentId: ids.dev });
    expect(errorCode(other.res)).toBe('FORBIDDEN');
  });

  it('lets HR filter by department and refuses staff', async () => {
    const dev = await analytics(admin, { ...RANGE, departmentId: ids.dev });
    expect(dev.data!.activeRate).toEqual({ activeMembers: 1, members: 2, rate: 0.5 });
    expect(dev.data!.topTemplatesByReuses).toEqual([]); // the reuse was by a sales member
    expect(errorCode((await analytics(staff, RANGE)).res)).toBe('FORBIDDEN');
  });

  it('refuses bad ranges and another organization’s department', async () => {
    const fields = async (input: Record<string, unknown>) =>
      (await analytics(admin, input)).res.errors?.[0]?.extensions;
    expect(await fields({ from: '2026-03-15', to: '2026-03-01' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', code: 'analytics.inverted' }],
    });
    expect(await fields({ from: '2026-02-30', to: '2026-03-01' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'from', code: 'analytics.invalidDate' }],
    });
    expect(await fields({ from: '2024-01-01', to: '2026-03-01' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', code: 'analytics.tooLong' }],
    });
    const [demoDepartment] = await t.dataSource
      .getRepository(DepartmentEntity)
      .find({ where: {}, take: 50 })
      .then((all) => all.filter((d) => d.organizationId !== tenant.organizationId));
    const foreign = await analytics(admin, { ...RANGE, departmentId: demoDepartment.id });
    expect(errorCode(foreign.res)).toBe('NOT_FOUND');
  });

  it('downloads each chart as formula-inert CSV with a BOM and CRLF', async () => {
    const res = await admin.request<{
      adoptionAnalyticsCsv: { filename: string; content: string };
    }>(CSV, { input: RANGE, chart: 'TOP_TEMPLATES_BY_REUSES' });
    expect(res.errors).toBeUndefined();
    const { filename, content } = res.data!.adoptionAnalyticsCsv;
    expect(filename).toBe('adoption-topTemplatesByReuses-2026-02-23_2026-03-15.csv');
    expect(content.startsWith('\uFEFF')).toBe(true);
    const lines = content.split('\r\n');
    expect(lines[1]).toBe(`"${ids.t1}","'=議事録テンプレート","上田 三郎",1,2,4`);
    expect(lines[2]).toBe('');
    const weekly = await admin.request<{ adoptionAnalyticsCsv: { content: string } }>(CSV, {
      input: RANGE,
      chart: 'WEEKLY_TREND',
    });
    expect(weekly.data!.adoptionAnalyticsCsv.content.split('\r\n')[2]).toBe(
      '"2026-W10","2026-03-02","2026-03-08",2,5,0.4',
    );
  });
});
