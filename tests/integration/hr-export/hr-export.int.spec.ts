import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import {
  addDays,
  EVIDENCE_LIMIT,
  evidenceLink,
  formatCivilDate,
  localDate,
  parseCivilDate,
  sourceTypeLabel,
  type PointEvent,
} from '@chienowa/domain';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import {
  ContributionRowsService,
  EVIDENCE_CHUNK,
} from '../../../apps/api/src/modules/hr-export/services/contribution-rows.service';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { DepartmentEntity } from '../../../apps/api/src/modules/organization/entities/department.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { createOrganization } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const EXPORT = `mutation E($input: ExportContributionsInput!) {
  exportContributions(input: $input) {
    token downloadUrl fileName contentType byteSize sha256 rowCount
    unrepresentable { row column char } unrepresentableCount
  }
}`;

type ExportResult = {
  token: string;
  downloadUrl: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  rowCount: number;
  unrepresentable: { row: number; column: string; char: string }[];
  unrepresentableCount: number;
};

const INJECTIONS = ['=1+1', '@SUM(A1)', '+81-3-1234-5678', '-2+3', '\tタブ', '\rキャリッジ'];
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The HR contribution export over HTTP: totals equal the ledger and the self-view, access and
 * audit, formula-inert cells, CP932, locked periods reproduced byte for byte, bad input.
 */
describe('HR contribution export', () => {
  let t: TestApp;
  let db: TenantDataSource;
  let ledger: PointsLedgerService;
  let hr: GraphQLClient;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let members: MemberEntity[];
  let staffMember: MemberEntity;
  let firstDay: string;
  let lastDay: string;
  let periodId: string;

  const record = (event: PointEvent, key: string) =>
    db.transaction(staffMember, (scope) => ledger.record(scope, event, key));

  const exportAs = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ exportContributions: ExportResult }>(EXPORT, { input });

  const download = async (client: GraphQLClient, url: string) => {
    const res = await fetch(`${t.url}${url}`, {
      headers: client.sessionCookie ? { cookie: client.sessionCookie } : {},
    });
    return {
      status: res.status,
      headers: res.headers,
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  };

  const exportBytes = async (client: GraphQLClient, input: Record<string, unknown>) => {
    const res = await exportAs(client, input);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    const file = await download(client, res.data!.exportContributions.downloadUrl);
    expect(file.status).toBe(200);
    return { result: res.data!.exportContributions, bytes: file.bytes };
  };

  const csvRows = (bytes: Buffer): string[][] =>
    parse(bytes.toString('utf8'), { bom: true, relax_quotes: false }) as string[][];

  const ledgerSums = async (): Promise<Map<string, number>> => {
    const rows: { member_id: string; total: string | number }[] = await t.dataSource.query(
      'SELECT member_id, SUM(points) AS total FROM ledger_entries WHERE local_day BETWEEN ? AND ? GROUP BY member_id',
      [firstDay, lastDay],
    );
    return new Map(rows.map((r) => [r.member_id, Number(r.total)]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TenantDataSource);
    ledger = t.app.get(PointsLedgerService);
    members = await t.dataSource.getRepository(MemberEntity).find({ order: { email: 'ASC' } });
    staffMember = members.find((m) => m.email === 'staff@example.com')!;
    hr = t.client();
    await hr.login('hr@example.com');
    admin = t.client();
    await admin.login('admin@example.com');
    staff = t.client();
    await staff.login('staff@example.com');
    manager = t.client();
    await manager.login('manager@example.com');

    const today = parseCivilDate(localDate(new Date(), 'Asia/Tokyo'))!;
    firstDay = formatCivilDate(addDays(today, -10));
    lastDay = formatCivilDate(addDays(today, 10));

    // Activity: posts, views, kudos and an adjustment for a few members, all in the period.
    const earners = members.filter((m) => m.active).slice(0, 6);
    let n = 0;
    for (const [i, earner] of earners.entries()) {
      for (let k = 0; k <= i; k += 1) {
        n += 1;
        const post = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
        await record(
          {
            kind: 'knowledgePublished',
            earnerId: earner.id,
            actorId: earner.id,
            sourceType: 'knowledgePost',
            sourceId: post,
            occurredAt: new Date(),
          },
          `hr-test:pub:${n}`,
        );
        await record(
          {
            kind: 'viewReceived',
            earnerId: earner.id,
            actorId: earners[(i + 1) % earners.length].id,
            sourceType: 'knowledgePost',
            sourceId: post,
            occurredAt: new Date(),
          },
          `hr-test:view:${n}`,
        );
      }
    }
    await record(
      {
        kind: 'kudosReceived',
        earnerId: staffMember.id,
        actorId: earners[1].id,
        sourceType: 'kudos',
        sourceId: '00000000-0000-7000-8000-0000000000cc',
        occurredAt: new Date(),
      },
      'hr-test:kudos:1',
    );
    // Names that must stay inert, and characters CP932 cannot hold.
    const repo = t.dataSource.getRepository(MemberEntity);
    for (const [i, name] of INJECTIONS.entries()) {
      await repo.update({ id: earners[i].id }, { displayName: name });
    }
    await repo.update({ id: staffMember.id }, { displayName: '吉田𠮷 太郎😀' });

    const created = await hr.ok<{ createEvaluationPeriod: { id: string; status: string } }>(
      'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id status } }',
      { input: { name: 'テスト評価期間', firstDay, lastDay } },
    );
    periodId = created.createEvaluationPeriod.id;
    expect(created.createEvaluationPeriod.status).toBe('open');
  });
  afterAll(() => t.close());

  it('exports each employee’s total equal to their ledger sum and to their own report', async () => {
    const { result, bytes } = await exportBytes(hr, {
      periodId,
      format: 'CSV',
      includeInactive: true,
    });
    const [header, ...rows] = csvRows(bytes);
    expect(result.rowCount).toBe(rows.length);
    expect(sha(bytes)).toBe(result.sha256);
    const numberCol = header.indexOf('社員番号');
    const totalCol = header.indexOf('合計ポイント');
    const nameCol = header.indexOf('氏名');
    expect(numberCol).toBeGreaterThanOrEqual(0);
    expect(totalCol).toBeGreaterThan(0);
    const sums = await ledgerSums();
    expect(sums.size).toBeGreaterThanOrEqual(6);
    const byNumber = new Map(members.map((m) => [m.employeeNumber, m]));
    let withPoints = 0;
    for (const row of rows) {
      const member = byNumber.get(row[numberCol])!;
      expect(member).toBeDefined();
      expect(Number(row[totalCol])).toBe(sums.get(member.id) ?? 0);
      if (Number(row[totalCol]) !== 0) withPoints += 1;
    }
    expect(withPoints).toBe(sums.size);

    const mine = await staff.ok<{
      myContributionReport: {
        row: {
          totalPoints: number;
          kudosReceived: number;
          name: string;
          evidence: { title: string }[];
        };
      };
    }>(
      'query M($id: ID!) { myContributionReport(periodId: $id) { row { totalPoints kudosReceived name evidence { title } } } }',
      { id: periodId },
    );
    const own = rows.find((r) => r[numberCol] === staffMember.employeeNumber)!;
    expect(mine.myContributionReport.row.totalPoints).toBe(Number(own[totalCol]));
    expect(mine.myContributionReport.row.totalPoints).toBe(sums.get(staffMember.id));
    expect(mine.myContributionReport.row.kudosReceived).toBe(1);
    expect(own[nameCol]).toBe('吉田𠮷 太郎😀');

    // The member's own download: their row only, audited as a self-export.
    const self = await staff.ok<{ exportMyContributionReport: ExportResult }>(
      'mutation S($id: ID!) { exportMyContributionReport(periodId: $id, format: "csv") { downloadUrl rowCount sha256 } }',
      { id: periodId },
    );
    expect(self.exportMyContributionReport.rowCount).toBe(1);
    const file = await download(staff, self.exportMyContributionReport.downloadUrl);
    const [, selfRow] = csvRows(file.bytes);
    expect(selfRow[totalCol]).toBe(own[totalCol]);
  });

  it('lists each member’s top sources exactly as the ledger sums them, computed a chunk of members at a time', async () => {
    const rowsService = t.app.get(ContributionRowsService);
    rowsService.evidenceChunk = 2; // many chunks with the test organization's few members
    let bytes: Buffer;
    try {
      ({ bytes } = await exportBytes(hr, {
        periodId,
        format: 'CSV',
        part: 'EVIDENCE',
        includeInactive: true,
      }));
    } finally {
      rowsService.evidenceChunk = EVIDENCE_CHUNK;
    }
    const [header, ...lines] = csvRows(bytes);
    const col = (label: string) => header.indexOf(label);
    const sums: {
      member_id: string;
      source_type: string;
      source_id: string;
      total: string | number;
    }[] = await t.dataSource.query(
      `SELECT member_id, source_type, source_id, SUM(points) AS total FROM ledger_entries
        WHERE local_day BETWEEN ? AND ? GROUP BY member_id, source_type, source_id`,
      [firstDay, lastDay],
    );
    const numberOf = new Map(members.map((m) => [m.id, m.employeeNumber]));
    const expected = new Map<string, string[][]>();
    for (const s of sums
      .map((r) => ({ ...r, points: Number(r.total) }))
      .filter((r) => r.points > 0)
      .sort(
        (a, b) =>
          b.points - a.points ||
          compareText(a.source_type, b.source_type) ||
          compareText(a.source_id, b.source_id),
      )) {
      const list = expected.get(numberOf.get(s.member_id)!) ?? [];
      if (list.length < EVIDENCE_LIMIT) {
        list.push([
          String(list.length + 1),
          sourceTypeLabel(s.source_type, 'ja'),
          String(s.points),
          evidenceLink(s.source_type, s.source_id),
        ]);
      }
      expected.set(numberOf.get(s.member_id)!, list);
    }
    const actual = new Map<string, string[][]>();
    for (const line of lines) {
      const list = actual.get(line[col('社員番号')]) ?? [];
      list.push([line[col('順位')], line[col('種類')], line[col('ポイント')], line[col('リンク')]]);
      actual.set(line[col('社員番号')], list);
    }
    expect(actual.size).toBeGreaterThanOrEqual(6);
    expect([...actual.values()].some((list) => list.length === EVIDENCE_LIMIT)).toBe(true);
    expect(actual).toEqual(expected);
  });

  it('writes a BOM, CRLF and quoted, formula-inert text in CSV', async () => {
    const { bytes } = await exportBytes(hr, { periodId, format: 'CSV' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    // Every record ends with CRLF (embedded CRs are inside quotes and followed by text).
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').length - 1).toBe(csvRows(bytes).length);
    expect(text.startsWith('"社員番号","氏名"')).toBe(true);
    const names = csvRows(bytes).map((r) => r[1]);
    for (const vector of INJECTIONS) {
      expect(names).toContain(`'${vector}`);
      expect(names).not.toContain(vector);
    }
    // Tab- and CR-prefixed values are quoted with their prefix intact after the quote mark.
    expect(text).toContain(`"'\tタブ"`);
    expect(text).toContain(`"'\rキャリッジ"`);
  });

  it('writes an XLSX with the three sheets, a styled frozen header, a filter and inert text', async () => {
    const { result, bytes } = await exportBytes(hr, { periodId, format: 'XLSX' });
    expect(result.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sha(bytes)).toBe(result.sha256);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['スコア', '根拠', 'ポイントルール']);
    const scores = workbook.getWorksheet('スコア')!;
    const header = scores.getRow(1);
    expect(header.getCell(1).value).toBe('社員番号');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(scores.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(scores.autoFilter).toBeTruthy();
    const names: unknown[] = [];
    scores.eachRow((row, i) => {
      if (i === 1) return;
      const cell = row.getCell(2);
      expect(cell.formula).toBeUndefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      names.push(cell.value);
    });
    // XML normalizes a literal CR in text to LF; the value stays inert either way.
    for (const vector of INJECTIONS) expect(names).toContain(`'${vector.replace(/\r/g, '\n')}`);
    expect(names).toContain('吉田𠮷 太郎😀');
    const evidence = workbook.getWorksheet('根拠')!;
    expect(evidence.rowCount).toBeGreaterThan(1);
    expect(String(evidence.getRow(2).getCell(7).value)).toMatch(/^\/knowledge\//);
    const rules = workbook.getWorksheet('ポイントルール')!;
    expect(rules.getRow(2).getCell(1).value).toBe('ナレッジ公開');
  });

  it('reports the characters CP932 cannot hold and writes ? for them', async () => {
    const { result, bytes } = await exportBytes(hr, { periodId, format: 'CSV_SJIS' });
    expect(result.contentType).toContain('shift_jis');
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = iconv.decode(bytes, 'cp932');
    expect(text).toContain('"吉田? 太郎?"');
    expect(text).toContain('社員番号');
    const lines = text.split('\r\n');
    const staffLine = lines.findIndex((l) => l.includes('"吉田? 太郎?"')) + 1;
    expect(result.unrepresentable.filter((u) => u.row === staffLine)).toEqual([
      { row: staffLine, column: '氏名', char: '𠮷' },
      { row: staffLine, column: '氏名', char: '😀' },
    ]);
    // Every reported character is a ? at that line of the file.
    expect(result.unrepresentableCount).toBe(result.unrepresentable.length);
    for (const u of result.unrepresentable) expect(lines[u.row - 1]).toContain('?');
  });

  it('denies staff with FORBIDDEN and audits the attempt', async () => {
    const res = await exportAs(staff, { periodId, format: 'CSV' });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const log = await hr.ok<{
      exportAuditLog: {
        edges: {
          node: {
            outcome: string;
            actorName: string;
            format: string;
            periodId: string;
            sha256: string | null;
          };
        }[];
      };
    }>(
      '{ exportAuditLog(first: 50) { edges { node { outcome actorName format periodId sha256 } } } }',
    );
    const latest = log.exportAuditLog.edges[0].node;
    expect(latest).toMatchObject({ outcome: 'denied', format: 'CSV', periodId, sha256: null });
    expect(latest.actorName).toBe('吉田𠮷 太郎😀');
    expect(
      log.exportAuditLog.edges.filter((e) => e.node.outcome === 'granted').length,
    ).toBeGreaterThanOrEqual(5);
    // Staff cannot read the audit log.
    expect(
      errorCode(await staff.request('{ exportAuditLog(first: 5) { edges { cursor } } }')),
    ).toBe('FORBIDDEN');
  });

  it('lets managers export only their own departments, and only when the organization allows it', async () => {
    const me = members.find((m) => m.email === 'manager@example.com')!;
    const other = (await t.dataSource.getRepository(DepartmentEntity).find()).find(
      (d) => d.id !== me.departmentId && d.parentId !== me.departmentId,
    )!;
    expect(
      errorCode(
        await exportAs(manager, { periodId, format: 'CSV', departmentId: me.departmentId }),
      ),
    ).toBe('FORBIDDEN');
    await hr.ok(
      'mutation { updateHrExportSettings(managersMayExport: true) { managersMayExport } }',
    );
    const own = await exportBytes(manager, {
      periodId,
      format: 'CSV',
      departmentId: me.departmentId,
    });
    const depCol = csvRows(own.bytes)[0].indexOf('部署');
    const deps = new Set(
      csvRows(own.bytes)
        .slice(1)
        .map((r) => r[depCol]),
    );
    expect(own.result.rowCount).toBeGreaterThan(0);
    expect(deps.size).toBeGreaterThanOrEqual(1);
    expect(
      errorCode(await exportAs(manager, { periodId, format: 'CSV', departmentId: other.id })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await exportAs(manager, { periodId, format: 'CSV' }))).toBe('FORBIDDEN');
    await hr.ok(
      'mutation { updateHrExportSettings(managersMayExport: false) { managersMayExport } }',
    );
  });

  it('serves a download once, and only to the member who asked', async () => {
    const res = await exportAs(hr, { periodId, format: 'CSV' });
    const url = res.data!.exportContributions.downloadUrl;
    expect((await download(staff, url)).status).toBe(404);
    const first = await download(hr, url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toContain('attachment');
    expect((await download(hr, url)).status).toBe(404);
    const anonymous = await fetch(`${t.url}${url}`);
    expect(anonymous.status).toBe(401);
  });

  it('reproduces a locked period byte for byte after a rule change, a reversal and new points', async () => {
    const locked = await hr.ok<{ lockEvaluationPeriod: { status: string; lockedAt: string } }>(
      'mutation L($id: ID!) { lockEvaluationPeriod(id: $id) { status lockedAt } }',
      { id: periodId },
    );
    expect(locked.lockEvaluationPeriod.status).toBe('locked');
    const before = {
      csv: await exportBytes(hr, { periodId, format: 'CSV', includeInactive: true }),
      xlsx: await exportBytes(hr, { periodId, format: 'XLSX' }),
      sjis: await exportBytes(hr, { periodId, format: 'CSV_SJIS' }),
    };

    await admin.ok(
      'mutation { updatePointRules(input: [{ kind: "knowledgePublished", points: 77 }]) { version } }',
    );
    await db.transaction(staffMember, (scope) =>
      ledger.reverseSource(scope, {
        sourceType: 'knowledgePost',
        sourceId: '00000000-0000-7000-8000-000000000001',
        reason: 'test reversal',
        keyPrefix: 'hr-test:rev',
      }),
    );
    await record(
      {
        kind: 'knowledgePublished',
        earnerId: staffMember.id,
        actorId: staffMember.id,
        sourceType: 'knowledgePost',
        sourceId: '00000000-0000-7000-8000-0000000000ff',
        occurredAt: new Date(),
      },
      'hr-test:pub:after-lock',
    );
    await t.dataSource
      .getRepository(MemberEntity)
      .update({ id: staffMember.id }, { departmentId: null });
    // The live numbers did change: the ledger sum no longer matches the frozen rows.
    const sums = await ledgerSums();
    const frozen = csvRows(before.csv.bytes);
    const own = frozen.find((r) => r[0] === staffMember.employeeNumber)!;
    expect(sums.get(staffMember.id)).not.toBe(Number(own[frozen[0].indexOf('合計ポイント')]));

    const after = {
      csv: await exportBytes(hr, { periodId, format: 'CSV', includeInactive: true }),
      xlsx: await exportBytes(hr, { periodId, format: 'XLSX' }),
      sjis: await exportBytes(hr, { periodId, format: 'CSV_SJIS' }),
    };
    for (const kind of ['csv', 'xlsx', 'sjis'] as const) {
      expect({ kind, sha256: after[kind].result.sha256 }).toEqual({
        kind,
        sha256: before[kind].result.sha256,
      });
      expect(sha(after[kind].bytes)).toBe(sha(before[kind].bytes));
      expect(after[kind].bytes.equals(before[kind].bytes)).toBe(true);
    }
    // The rules sheet shows the rules in force at the lock, not the new 77 points.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(after.xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('ポイントルール')!.getRow(2).getCell(3).value).toBe(10);
    // The self-view reads the same frozen row.
    const mine = await staff.ok<{ myContributionReport: { row: { totalPoints: number } } }>(
      'query M($id: ID!) { myContributionReport(periodId: $id) { row { totalPoints } } }',
      { id: periodId },
    );
    expect(mine.myContributionReport.row.totalPoints).toBe(
      Number(own[frozen[0].indexOf('合計ポイント')]),
    );
    // Locking twice is refused.
    const again = await hr.request(
      'mutation L($id: ID!) { lockEvaluationPeriod(id: $id) { id } }',
      {
        id: periodId,
      },
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });

  it('opens in LibreOffice with Japanese names intact', async () => {
    const office = ['libreoffice', 'soffice'].find(
      (bin) => spawnSync('which', [bin], { encoding: 'utf8' }).status === 0,
    );
    if (!office) {
      // CI must run this check (.ci/run installs libreoffice-calc-nogui); locally it is optional.
      if (process.env.CI === 'true' || process.env.CI === '1') {
        throw new Error('LibreOffice is not installed: install libreoffice-calc-nogui (Debian)');
      }
      console.warn(
        'SKIPPED: LibreOffice is not installed (which libreoffice soffice found nothing)',
      );
      return;
    }
    const { bytes } = await exportBytes(hr, { periodId, format: 'XLSX' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-lo-'));
    try {
      fs.writeFileSync(path.join(dir, 'export.xlsx'), bytes);
      const res = spawnSync(
        office,
        [
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          path.join(dir, 'export.xlsx'),
        ],
        { encoding: 'utf8', timeout: 120000, env: { ...process.env, HOME: dir } },
      );
      expect(res.status).toBe(0);
      const csv = fs.readFileSync(path.join(dir, 'export.csv'), 'utf8');
      expect(csv).toContain('社員番号');
      expect(csv).toContain('吉田𠮷 太郎😀');
      expect(csv).toContain("'=1+1");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers bad input with clear errors', async () => {
    // Unknown period.
    const unknown = await exportAs(hr, {
      periodId: '00000000-0000-7000-8000-000000000000',
      format: 'CSV',
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toBe('Evaluation period not found');
    // Inverted custom period.
    const inverted = await hr.request<unknown>(
      'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
      { input: { name: '逆', firstDay: '2026-09-30', lastDay: '2026-04-01' } },
    );
    expect(errorCode(inverted)).toBe('BAD_USER_INPUT');
    expect(inverted.errors![0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'lastDay', code: 'period.inverted' }),
    ]);
    // Unknown preset.
    const preset = await hr.request<unknown>(
      'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
      { input: { presetKey: '2026-H3' } },
    );
    expect(errorCode(preset)).toBe('BAD_USER_INPUT');
    // Another organization's department: not found (and audited as denied).
    const other = await createOrganization(t.dataSource, 'other-hr');
    const foreign = await t.dataSource.getRepository(DepartmentEntity).save({
      id: '01900000-0000-7000-8000-0000000000d1',
      organizationId: other.organizationId,
      parentId: null,
      name: '他社の部署',
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const crossOrg = await exportAs(hr, { periodId, format: 'CSV', departmentId: foreign.id });
    expect(errorCode(crossOrg)).toBe('NOT_FOUND');
    // Unknown format.
    const format = await exportAs(hr, { periodId, format: 'PDF' });
    expect(errorCode(format)).toBe('BAD_USER_INPUT');
    expect(format.errors?.[0].message).toMatch(/Unknown export format "PDF"/);
    expect(format.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'format', code: 'export.unknownFormat' }),
    ]);
    // A preset created twice.
    await hr.ok(
      'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
      { input: { presetKey: 'FY2025-H1' } },
    );
    const twice = await hr.request<unknown>(
      'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
      { input: { presetKey: '2025-H1' } },
    );
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    // Staff may list periods but not create them.
    expect(
      errorCode(
        await staff.request(
          'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
          { input: { presetKey: 'FY2025-H2' } },
        ),
      ),
    ).toBe('FORBIDDEN');
    const list = await hr.ok<{
      evaluationPeriods: {
        periods: { presetKey: string | null }[];
        availablePresets: { key: string }[];
      };
    }>('{ evaluationPeriods { periods { presetKey } availablePresets { key } } }');
    expect(list.evaluationPeriods.periods.map((p) => p.presetKey)).toContain('FY2025-H1');
    expect(list.evaluationPeriods.availablePresets.map((p) => p.key)).not.toContain('FY2025-H1');
    expect(list.evaluationPeriods.availablePresets.length).toBeGreaterThan(0);
  });

  it('sums whole months from the monthly pre-aggregate and the edge days from the ledger, exactly', async () => {
    // Views on days around a custom period: outside, on both edges, inside whole months.
    const [earner, viewer] = members.filter((m) => m.active && m.id !== staffMember.id).slice(-2);
    const days = [
      '2025-01-19',
      '2025-01-20',
      '2025-02-03',
      '2025-03-31',
      '2025-04-10',
      '2025-04-11',
    ];
    for (const [i, day] of days.entries()) {
      await record(
        {
          kind: 'viewReceived',
          earnerId: earner.id,
          actorId: viewer.id,
          sourceType: 'knowledgePost',
          sourceId: `00000000-0000-7000-8000-0000000a${String(i).padStart(4, '0')}`,
          occurredAt: new Date(`${day}T03:00:00Z`), // noon in Tokyo
        },
        `hr-test:months:${i}`,
      );
    }
    const created = await hr.ok<{ createEvaluationPeriod: { id: string } }>(
      'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
      { input: { name: '月をまたぐ期間', firstDay: '2025-01-20', lastDay: '2025-04-10' } },
    );
    const { bytes } = await exportBytes(hr, {
      periodId: created.createEvaluationPeriod.id,
      format: 'CSV',
      includeInactive: true,
    });
    const [header, ...rows] = csvRows(bytes);
    const sums: { member_id: string; total: string | number }[] = await t.dataSource.query(
      "SELECT member_id, SUM(points) AS total FROM ledger_entries WHERE local_day BETWEEN '2025-01-20' AND '2025-04-10' GROUP BY member_id",
    );
    const expected = new Map(sums.map((r) => [r.member_id, Number(r.total)]));
    expect(expected.get(earner.id)).toBe(4); // four of the six days are inside
    const byNumber = new Map(members.map((m) => [m.employeeNumber, m.id]));
    const totals = new Map(
      rows.map((r) => [
        byNumber.get(r[header.indexOf('社員番号')])!,
        Number(r[header.indexOf('合計ポイント')]),
      ]),
    );
    for (const [memberId, total] of expected) expect(totals.get(memberId)).toBe(total);
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(
      [...expected.values()].reduce((a, b) => a + b, 0),
    );
    // Activity counts come the same way (member_usage_months + edge days): views received
    // equal the counted views of the usage log in the period, for every member.
    const viewed: { earner_id: string; n: string | number }[] = await t.dataSource.query(
      "SELECT earner_id, COUNT(*) AS n FROM usage_events WHERE kind = 'viewReceived' AND counted = 1 AND local_day BETWEEN '2025-01-20' AND '2025-04-10' GROUP BY earner_id",
    );
    const viewsCol = header.indexOf('被閲覧数');
    const views = new Map(
      rows.map((r) => [byNumber.get(r[header.indexOf('社員番号')])!, Number(r[viewsCol])]),
    );
    for (const r of viewed) expect(views.get(r.earner_id)).toBe(Number(r.n));
    expect(Number(viewed.find((r) => r.earner_id === earner.id)!.n)).toBe(4);
    expect([...views.values()].reduce((a, b) => a + b, 0)).toBe(
      viewed.reduce((a, r) => a + Number(r.n), 0),
    );
  });
});
