import { v7 as uuidv7 } from 'uuid';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { verifyLedger } from '../../../apps/api/src/modules/points/services/ledger-verifier';
import { PromptTemplateEntity } from '../../../apps/api/src/modules/templates/entities/prompt-template.entity';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const STORY_FIELDS =
  'id status hoursSavedPerMonth canReview canEdit reviewComment templates { id title } author { email }';
const CREATE = `mutation C($input: SuccessStoryInput!) { createSuccessStory(input: $input) { ${STORY_FIELDS} } }`;

type Story = {
  id: string;
  status: string;
  hoursSavedPerMonth: number;
  canReview: boolean;
  canEdit: boolean;
  reviewComment: string | null;
  templates: { id: string; title: string }[];
};

describe('success stories', () => {
  let t: TestApp;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let hr: GraphQLClient;
  let templateId: string;
  let rules: Map<string, number>;

  const total = async (client: GraphQLClient) =>
    (
      await client.ok<{ myPoints: { totals: { kind: string; points: number }[] } }>(
        '{ myPoints { totals { kind points } } }',
      )
    ).myPoints.totals.find((x) => x.kind === 'ALL_TIME')!.points;
  const input = (over: Record<string, unknown> = {}) => ({
    title: '議事録作成を生成AIで半自動化',
    improved: '営業会議の議事録作成',
    howMarkdown:
      '1. 録音を文字起こし\n2. テンプレート『議事録要約』で要約\n3. 最終チェックは担当者',
    minutesBefore: 30,
    minutesAfter: 10,
    occurrencesPerMonth: 20,
    qualityNote: '決定事項の抜け漏れが減った',
    templateIds: [templateId],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    staff = t.client();
    await staff.login('staff@example.com');
    manager = t.client();
    await manager.login('manager@example.com');
    hr = t.client();
    await hr.login('hr@example.com');
    // A published template by HR's member, so the story can credit its author.
    const hrMember = await t.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ email: 'hr@example.com' });
    const db = t.app.get(TenantDataSource);
    templateId = uuidv7();
    await db
      .scope(hrMember)
      .repo(PromptTemplateEntity)
      .insert(
        db.scope(hrMember).repo(PromptTemplateEntity).create({
          id: templateId,
          authorId: hrMember.id,
          title: '議事録要約',
          description: '会議メモから議事録を作る',
          categoryId: uuidv7(),
          kind: 'fill-in',
          targetTool: 'any',
          body: '{{会議メモ}} を議事録にしてください',
          status: 'published',
          forkedFromId: null,
          publishCount: 1,
          reuseCount: 0,
          forkCount: 0,
          createdAt: new Date(),
          updatedAt: new Date(),
        }),
      );
    const r = await staff.ok<{ pointRules: { rules: { kind: string; points: number }[] } }>(
      '{ pointRules { rules { kind points } } }',
    );
    rules = new Map(r.pointRules.rules.map((x) => [x.kind, x.points]));
  });
  afterAll(() => t.close());

  it('computes hours saved per month in the domain and validates the numbers', async () => {
    const { createSuccessStory: s } = await staff.ok<{ createSuccessStory: Story }>(CREATE, {
      input: input(),
    });
    expect(s).toMatchObject({
      status: 'DRAFT',
      hoursSavedPerMonth: 6.7,
      canEdit: true,
      canReview: false,
    });
    expect(s.templates).toEqual([{ id: templateId, title: '議事録要約' }]);
    const bad = await staff.request(CREATE, {
      input: input({ minutesAfter: 45, occurrencesPerMonth: -1 }),
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0].extensions?.fields?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['minutesAfter', 'occurrencesPerMonth']));
    const unknownTemplate = await staff.request(CREATE, {
      input: input({ templateIds: [uuidv7()] }),
    });
    expect(unknownTemplate.errors?.[0].extensions?.fields?.[0].code).toBe('template.notFound');
  });

  it('is reviewed by a manager of the author’s department, never by the author; approval pays author and template author', async () => {
    const { createSuccessStory: s } = await staff.ok<{ createSuccessStory: Story }>(CREATE, {
      input: input(),
    });
    // Drafts are private.
    expect(
      errorCode(
        await manager.request('query Q($id: ID!) { successStory(id: $id) { id } }', { id: s.id }),
      ),
    ).toBe('NOT_FOUND');
    await staff.ok('mutation S($id: ID!) { submitSuccessStory(id: $id) { id } }', { id: s.id });

    const own = await staff.request(
      'mutation A($id: ID!) { approveSuccessStory(id: $id) { id } }',
      { id: s.id },
    );
    expect(errorCode(own)).toBe('FORBIDDEN');
    const outsider = await hr.request(
      'mutation A($id: ID!) { approveSuccessStory(id: $id) { id } }',
      { id: s.id },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(outsider));

    const queue = await manager.ok<{ successStories: { edges: { node: Story }[] } }>(
      `{ successStories(filter: { reviewable: true }) { edges { node { ${STORY_FIELDS} } } } }`,
    );
    expect(queue.successStories.edges.map((e) => e.node.id)).toContain(s.id);
    expect(queue.successStories.edges.find((e) => e.node.id === s.id)?.node.canReview).toBe(true);

    const [staffBefore, hrBefore] = [await total(staff), await total(hr)];
    const approved = await manager.ok<{ approveSuccessStory: Story }>(
      `mutation A($id: ID!) { approveSuccessStory(id: $id, comment: "素晴らしい") { ${STORY_FIELDS} } }`,
      { id: s.id },
    );
    expect(approved.approveSuccessStory.status).toBe('APPROVED');
    expect(await total(staff)).toBe(staffBefore + rules.get('storyApproved')!);
    expect(await total(hr)).toBe(hrBefore + rules.get('storyTemplateBonus')!);
    // Approving twice is not a transition: nothing more is paid.
    const again = await manager.request(
      'mutation A($id: ID!) { approveSuccessStory(id: $id) { id } }',
      { id: s.id },
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(await total(staff)).toBe(staffBefore + rules.get('storyApproved')!);

    // Approved stories are visible to everyone in the organization, with the hours on the profile.
    const seen = await hr.ok<{ successStory: Story; me: { hoursSavedPerMonth: number } }>(
      `query Q($id: ID!) { successStory(id: $id) { ${STORY_FIELDS} } me { hoursSavedPerMonth } }`,
      { id: s.id },
    );
    expect(seen.successStory.status).toBe('APPROVED');
    const profile = await staff.ok<{ me: { hoursSavedPerMonth: number } }>(
      '{ me { hoursSavedPerMonth } }',
    );
    expect(profile.me.hoursSavedPerMonth).toBe(6.7);

    // Returning needs a comment; returning an approved story reverses what it paid.
    const noComment = await manager.request(
      'mutation R($id: ID!) { returnSuccessStory(id: $id, comment: "  ") { id } }',
      { id: s.id },
    );
    expect(errorCode(noComment)).toBe('BAD_USER_INPUT');
    const returned = await manager.ok<{ returnSuccessStory: Story }>(
      `mutation R($id: ID!) { returnSuccessStory(id: $id, comment: "数値の根拠を追記してください") { ${STORY_FIELDS} } }`,
      { id: s.id },
    );
    expect(returned.returnSuccessStory).toMatchObject({
      status: 'RETURNED',
      reviewComment: '数値の根拠を追記してください',
    });
    expect(await total(staff)).toBe(staffBefore);
    expect(await total(hr)).toBe(hrBefore);
    expect(
      (await staff.ok<{ me: { hoursSavedPerMonth: number } }>('{ me { hoursSavedPerMonth } }')).me
        .hoursSavedPerMonth,
    ).toBe(0);

    // The author edits and resubmits; a second approval pays again (new ledger keys).
    await staff.ok(
      'mutation U($id: ID!, $input: SuccessStoryInput!) { updateSuccessStory(id: $id, input: $input) { id } }',
      { id: s.id, input: input({ qualityNote: '根拠: 10件の会議で計測' }) },
    );
    await staff.ok('mutation S($id: ID!) { submitSuccessStory(id: $id) { id } }', { id: s.id });
    await manager.ok('mutation A($id: ID!) { approveSuccessStory(id: $id) { id } }', { id: s.id });
    expect(await total(staff)).toBe(staffBefore + rules.get('storyApproved')!);
    expect((await verifyLedger(t.dataSource)).drift).toEqual([]);
  });

  it('lists stories that used a template', async () => {
    const list = await hr.ok<{ successStories: { edges: { node: { id: string } }[] } }>(
      'query L($t: ID) { successStories(filter: { templateId: $t, status: APPROVED }) { edges { node { id } } } }',
      { t: templateId },
    );
    expect(list.successStories.edges.length).toBe(1);
  });
});
