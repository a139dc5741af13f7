import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const GUIDELINE =
  '{ guideline { version recommendedUses neverInput finalCheck needsAcknowledgement } }';

describe('guideline and the pre-publish content check', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let staff: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login('admin@example.com');
    staff = t.client();
    await staff.login('staff@example.com');
  });
  afterAll(() => t.close());

  it('publishes versions that every member acknowledges once', async () => {
    expect(
      (await staff.ok<{ guideline: { version: number; needsAcknowledgement: boolean } }>(GUIDELINE))
        .guideline,
    ).toMatchObject({
      version: 0,
      needsAcknowledgement: false,
    });
    const input = {
      recommendedUses: '議事録の要約、メール文面の下書き',
      neverInput: '顧客の個人情報、未公開の決算情報',
      finalCheck: '事実と数字は必ず人が確認する',
    };
    const forbidden = await staff.request(
      'mutation P($i: GuidelineInput!) { publishGuideline(input: $i) { version } }',
      { i: input },
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const empty = await admin.request(
      'mutation P($i: GuidelineInput!) { publishGuideline(input: $i) { version } }',
      {
        i: { ...input, finalCheck: ' ' },
      },
    );
    expect(empty.errors?.[0].extensions?.fields?.[0].field).toBe('finalCheck');
    await admin.ok('mutation P($i: GuidelineInput!) { publishGuideline(input: $i) { version } }', {
      i: input,
    });
    const shown = await staff.ok<{
      guideline: { version: number; needsAcknowledgement: boolean; neverInput: string };
    }>(GUIDELINE);
    expect(shown.guideline).toMatchObject({
      version: 1,
      needsAcknowledgement: true,
      neverInput: input.neverInput,
    });
    const stale = await staff.request('mutation { acknowledgeGuideline(version: 2) { version } }');
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');
    await staff.ok('mutation { acknowledgeGuideline(version: 1) { version } }');
    await staff.ok('mutation { acknowledgeGuideline(version: 1) { version } }');
    expect(
      (await staff.ok<{ guideline: { needsAcknowledgement: boolean } }>(GUIDELINE)).guideline
        .needsAcknowledgement,
    ).toBe(false);
    await admin.ok('mutation P($i: GuidelineInput!) { publishGuideline(input: $i) { version } }', {
      i: { ...input, finalCheck: '出力は必ず人が確認し、出典を確認する' },
    });
    expect(
      (await staff.ok<{ guideline: { needsAcknowledgement: boolean } }>(GUIDELINE)).guideline
        .needsAcknowledgement,
    ).toBe(true);
  });

  it('flags banned terms, emails, phone numbers, My Number and card numbers with positions', async () => {
    await admin.ok('mutation { addBannedTerm(term: "アクメ商事") { id } }');
    expect(
      errorCode(await admin.request('mutation { addBannedTerm(term: "アクメ商事") { id } }')),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await staff.request('mutation { addBannedTerm(term: "x") { id } }'))).toBe(
      'FORBIDDEN',
    );
    const text =
      'ｱｸﾒ商事の田中様 (tanaka@acme.example, 03-1234-5678) マイナンバー 123456789018 カード 4111 1111 1111 1111。2026-11-23 の会議。';
    const { checkContent: flags } = await staff.ok<{
      checkContent: { kind: string; start: number; end: number; match: string; message: string }[];
    }>('query C($t: String!) { checkContent(text: $t) { kind start end match message } }', {
      t: text,
    });
    expect(flags.map((f) => f.kind)).toEqual([
      'bannedTerm',
      'email',
      'phone',
      'myNumber',
      'creditCard',
    ]);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(flags[0].match).toBe('ｱｸﾒ商事');
  });

  it('refuses to submit a flagged story until the author confirms, and records the confirmation', async () => {
    const story = await staff.ok<{ createSuccessStory: { id: string } }>(
      'mutation C($i: SuccessStoryInput!) { createSuccessStory(input: $i) { id } }',
      {
        i: {
          title: 'アクメ商事向け提案書の作成時間を短縮',
          improved: '提案書作成',
          howMarkdown: 'テンプレートで骨子を作成',
          minutesBefore: 120,
          minutesAfter: 60,
          occurrencesPerMonth: 4,
          templateIds: [],
        },
      },
    );
    const id = story.createSuccessStory.id;
    const refused = await staff.request(
      'mutation S($id: ID!) { submitSuccessStory(id: $id) { status } }',
      { id },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.[0].code).toBe('contentCheck.bannedTerm');
    const status = await staff.ok<{ successStory: { status: string } }>(
      'query Q($id: ID!) { successStory(id: $id) { status } }',
      { id },
    );
    expect(status.successStory.status).toBe('DRAFT');
    const confirmed = await staff.ok<{ submitSuccessStory: { status: string } }>(
      'mutation S($id: ID!) { submitSuccessStory(id: $id, confirmFlags: true) { status } }',
      { id },
    );
    expect(confirmed.submitSuccessStory.status).toBe('SUBMITTED');
    const rows: { flags_json: string }[] = await t.dataSource.query(
      'SELECT flags_json FROM content_check_confirmations WHERE source_id = ?',
      [id],
    );
    expect(JSON.parse(rows[0].flags_json)).toEqual([
      expect.objectContaining({ kind: 'bannedTerm', match: 'アクメ商事' }),
    ]);
  });
});
