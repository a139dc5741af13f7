import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { firstCategoryId } from '../templates/template-fixtures';

/** Across modules: the content check gates publishing, search follows publication, stories feed templates. */
describe('publishing content', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let templateId: string;

  const searchIds = async (q: string) =>
    (
      await staff.ok<{ search: { hits: { id: string; type: string }[] } }>(
        'query S($q: String!) { search(query: $q) { hits { id type } } }',
        {
          q,
        },
      )
    ).search.hits.map((h) => h.id);

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login('admin@example.com');
    staff = t.client();
    await staff.login('staff@example.com');
    manager = t.client();
    await manager.login('manager@example.com');
    await admin.ok('mutation { addBannedTerm(term: "アクメ商事") { id } }');
    const categoryId = await firstCategoryId(staff);
    const created = await staff.ok<{ createTemplate: { id: string } }>(
      'mutation C($input: CreateTemplateInput!) { createTemplate(input: $input) { id } }',
      {
        input: {
          title: '議事録要約テンプレート',
          description: 'アクメ商事との定例会議で使っている要約手順',
          categoryId,
          kind: 'FILL_IN',
          targetTool: 'ANY',
          body: '次の会議メモを要約してください: {{会議メモ}}',
        },
      },
    );
    templateId = created.createTemplate.id;
  });
  afterAll(() => t.close());

  it('refuses to publish flagged content until the author confirms', async () => {
    const refused = await staff.request(
      'mutation P($id: ID!) { publishTemplate(id: $id) { status } }',
      { id: templateId },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual([
      'contentCheck.bannedTerm',
    ]);
    expect(await searchIds('議事録')).toEqual([]);
    const published = await staff.ok<{ publishTemplate: { status: string } }>(
      'mutation P($id: ID!) { publishTemplate(id: $id, confirmFlags: true) { status } }',
      { id: templateId },
    );
    expect(published.publishTemplate.status).toBe('PUBLISHED');
  });

  it('makes published content searchable in Japanese, and archived content unsearchable', async () => {
    expect(await searchIds('議事録')).toEqual([templateId]);
    expect(await searchIds('会議 要約')).toEqual([templateId]);
    await staff.ok('mutation A($id: ID!) { archiveTemplate(id: $id) { status } }', {
      id: templateId,
    });
    expect(await searchIds('議事録')).toEqual([]);
    await staff.ok(
      'mutation P($id: ID!) { publishTemplate(id: $id, confirmFlags: true) { status } }',
      { id: templateId },
    );
    expect(await searchIds('議事録')).toEqual([templateId]);
  });

  it('shows on the template the hours its approved success stories save', async () => {
    const story = await staff.ok<{ createSuccessStory: { id: string } }>(
      'mutation C($i: SuccessStoryInput!) { createSuccessStory(input: $i) { id } }',
      {
        i: {
          title: '定例会議の議事録を短時間で',
          improved: '議事録作成',
          howMarkdown: 'テンプレートで要約し、最後に人が確認',
          minutesBefore: 60,
          minutesAfter: 15,
          occurrencesPerMonth: 10,
          templateIds: [templateId],
        },
      },
    );
    await staff.ok('mutation S($id: ID!) { submitSuccessStory(id: $id) { id } }', {
      id: story.createSuccessStory.id,
    });
    await manager.ok('mutation A($id: ID!) { approveSuccessStory(id: $id) { id } }', {
      id: story.createSuccessStory.id,
    });
    const { template } = await staff.ok<{ template: { hoursSavedPerMonth: number } }>(
      'query T($id: ID!) { template(id: $id) { hoursSavedPerMonth } }',
      { id: templateId },
    );
    expect(template.hoursSavedPerMonth).toBe(7.5);
    expect(await searchIds('短時間')).toEqual([story.createSuccessStory.id]);
  });
});
