import { memberCsv, shiftJis, toBase64, utf8Bom } from '../support/csv-fixtures';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const IMPORT = `mutation I($file: String!, $dryRun: Boolean!) {
  importMembers(fileBase64: $file, dryRun: $dryRun) {
    ok dryRun totalRows created updated createdDepartments createdTeams detectedEncoding
    errors { row column message }
  }
}`;

type ImportResult = {
  ok: boolean;
  dryRun: boolean;
  totalRows: number;
  created: number;
  updated: number;
  createdDepartments: string[];
  createdTeams: string[];
  detectedEncoding: string;
  errors: { row: number; column: string | null; message: string }[];
};

describe('member CSV import', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  const count = async () =>
    (
      await admin.ok<{ members: { totalCount: number } }>(
        '{ members(filter: { includeInactive: true }) { totalCount } }',
      )
    ).members.totalCount;
  const run = async (bytes: Buffer, dryRun = false) =>
    (await admin.ok<{ importMembers: ImportResult }>(IMPORT, { file: toBase64(bytes), dryRun }))
      .importMembers;

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login('admin@example.com');
  });
  afterAll(() => t.close());

  it('imports nothing when one row of 100 is bad, and names that row, column and reason', async () => {
    const before = await count();
    const csv = memberCsv(100, {
      prefix: 'bad',
      mutate: (row, i) =>
        i === 56 ? [row[0], row[1], row[2], 'not-an-email', ...row.slice(4)] : row,
    });
    const result = await run(Buffer.from(csv, 'utf8'));
    expect(result.ok).toBe(false);
    expect(result.totalRows).toBe(100);
    expect(result.errors).toEqual([expect.objectContaining({ row: 58, column: 'メールアドレス' })]);
    expect(result.errors[0].message).toMatch(/email/i);
    expect(await count()).toBe(before);
    const { departments } = await admin.ok<{ departments: { name: string }[] }>(
      '{ departments { name } }',
    );
    expect(departments.map((d) => d.name)).not.toContain('物流本部');
  });

  it('previews a Shift_JIS (CP932) file in a dry run without writing, then imports it', async () => {
    const before = await count();
    const bytes = shiftJis(memberCsv(30, { prefix: 'sjis' }));
    const preview = await run(bytes, true);
    expect(preview).toMatchObject({
      ok: true,
      dryRun: true,
      totalRows: 30,
      created: 30,
      updated: 0,
      detectedEncoding: 'Shift_JIS',
      errors: [],
    });
    expect(preview.createdDepartments.sort()).toEqual(['物流本部', '物流本部/倉庫管理課']);
    expect(preview.createdTeams).toEqual(['改善チーム']);
    expect(await count()).toBe(before);

    const done = await run(bytes);
    expect(done).toMatchObject({ ok: true, dryRun: false, created: 30 });
    expect(await count()).toBe(before + 30);
    const { members } = await admin.ok<{
      members: {
        edges: {
          node: {
            displayName: string;
            nameReading: string;
            roles: string[];
            joinedOn: string;
            department: { name: string; parent: { name: string } | null };
          };
        }[];
      };
    }>(
      '{ members(filter: { search: "SJIS00001" }) { edges { node { displayName nameReading roles joinedOn department { name parent { name } } } } } }',
    );
    expect(members.edges[0].node).toEqual({
      displayName: '佐藤 翔太',
      nameReading: 'サトウ ショウタ',
      roles: ['STAFF', 'MANAGER'],
      joinedOn: '2020-04-01',
      department: { name: '倉庫管理課', parent: { name: '物流本部' } },
    });
    const takahashi = await admin.ok<{ members: { edges: { node: { displayName: string } }[] } }>(
      '{ members(filter: { search: "髙橋" }) { edges { node { displayName } } } }',
    );
    expect(takahashi.members.edges.some((e) => e.node.displayName.startsWith('髙橋'))).toBe(true);
  });

  it('accepts UTF-8 with BOM and English headers, updating existing members by email', async () => {
    const csv = [
      'Employee Number,Name,Reading,Email,Department,Active',
      'SJIS00002,佐藤 美咲(更新),サトウ ミサキ,sjis.2@example.com,物流本部,yes',
      'NEW00001,新井 新,アライ アラタ,arai@example.com,,1',
    ].join('\n');
    const result = await run(utf8Bom(csv));
    expect(result).toMatchObject({
      ok: true,
      created: 1,
      updated: 1,
      detectedEncoding: 'UTF-8 (BOM)',
    });
    const { members } = await admin.ok<{ members: { edges: { node: { displayName: string } }[] } }>(
      '{ members(filter: { search: "sjis.2@" }) { edges { node { displayName } } } }',
    );
    expect(members.edges[0].node.displayName).toBe('佐藤 美咲(更新)');
  });

  it('reports duplicate rows, unknown roles and employee numbers taken by someone else', async () => {
    const csv = [
      '社員番号,氏名,フリガナ,メールアドレス,ロール',
      'DUP1,重複 一,ジュウフク イチ,dup@example.com,社員',
      'DUP2,重複 二,ジュウフク ニ,dup@example.com,社長',
      'SJIS00003,番号 泥棒,バンゴウ ドロボウ,thief@example.com,社員',
    ].join('\n');
    const before = await count();
    const result = await run(Buffer.from(csv));
    expect(result.ok).toBe(false);
    const rows = result.errors.map((e) => e.row);
    expect(rows).toEqual(expect.arrayContaining([3]));
    expect(result.errors.some((e) => e.row === 3 && /ロール/.test(e.column ?? ''))).toBe(true);
    expect(await count()).toBe(before);
    // The employee number clash is found once the file itself is clean.
    const clash = await run(
      Buffer.from(
        [
          '社員番号,氏名,フリガナ,メールアドレス',
          'SJIS00003,番号 泥棒,バンゴウ ドロボウ,thief@example.com',
        ].join('\n'),
      ),
    );
    expect(clash.errors).toEqual([expect.objectContaining({ row: 2, column: '社員番号' })]);
  });

  it('rejects a file that is not base64 or too large with BAD_USER_INPUT', async () => {
    const res = await admin.request(IMPORT, { file: '***', dryRun: true });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const huge = await admin.request(IMPORT, { file: 'A'.repeat(8 * 1024 * 1024), dryRun: true });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
  });
});
