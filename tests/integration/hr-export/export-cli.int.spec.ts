import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { addDays, formatCivilDate, localDate, parseCivilDate } from '@chienowa/domain';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { ExportAuditEntryEntity } from '../../../apps/api/src/modules/hr-export/entities/export-audit-entry.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { createTestDatabase, startTestApp, type TestApp } from '../../support/test-app';

const root = path.resolve(__dirname, '../../..');

/** `npm run export` as an operator runs it: the compiled CLI against the same database. */
describe('export command', () => {
  let t: TestApp;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let dir: string;
  let author: MemberEntity;
  let range: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    env = database.env;
    drop = database.drop;
    t = await startTestApp({ env });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-export-cli-'));
    author = (await t.dataSource.getRepository(MemberEntity).findOneByOrFail({
      email: 'staff@example.com',
    }))!;
    const db = t.app.get(TenantDataSource);
    const ledger = t.app.get(PointsLedgerService);
    for (let i = 0; i < 3; i += 1) {
      await db.transaction(author, (scope) =>
        ledger.record(
          scope,
          {
            kind: 'knowledgePublished',
            earnerId: author.id,
            actorId: author.id,
            sourceType: 'knowledgePost',
            sourceId: `00000000-0000-7000-8000-00000000010${i}`,
            occurredAt: new Date(),
          },
          `cli-export:${i}`,
        ),
      );
    }
    const today = parseCivilDate(localDate(new Date(), 'Asia/Tokyo'))!;
    range = `${formatCivilDate(addDays(today, -5))}..${formatCivilDate(addDays(today, 5))}`;
  });
  afterAll(async () => {
    await t.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'apps/api/dist/cli/export.js'), '--', ...args], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120000,
    });

  it('writes a CSV with a progress bar on stderr and audits the run as "cli"', async () => {
    const out = path.join(dir, 'out.csv');
    const res = run(['--org', 'demo', '--period', range, '--format', 'csv', '--out', out]);
    expect(res.stderr).toMatch(/export \[#+\] \d+\/\d+ members/);
    expect(res.status).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    const total = rows[0].indexOf('合計ポイント');
    const own = rows.find((r) => r[0] === author.employeeNumber)!;
    expect(Number(own[total])).toBe(30);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(res.stdout).toContain(`sha256 ${sha}`);
    const audit = await t.dataSource
      .getRepository(ExportAuditEntryEntity)
      .findOneOrFail({ where: { sha256: sha } });
    expect(audit).toMatchObject({
      actorKind: 'cli',
      actorId: null,
      outcome: 'granted',
      format: 'CSV',
      rowCount: rows.length - 1,
    });
  });

  it('writes an XLSX for a fiscal preset', async () => {
    const out = path.join(dir, 'out.xlsx');
    const res = run(['--org', 'demo', '--period', '2026-H1', '--format', 'xlsx', '--out', out]);
    expect(res.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['スコア', '根拠', 'ポイントルール']);
    expect(res.stdout).toMatch(/to .*out\.xlsx/);
  });

  it.each([
    [['--org', 'nope', '--period', '2026-H1', '--format', 'csv'], /Unknown organization "nope"/],
    [['--org', 'demo', '--period', '2026-H3', '--format', 'csv'], /Unknown period "2026-H3"/],
    [
      ['--org', 'demo', '--period', '2026-09-30..2026-04-01', '--format', 'csv'],
      /last day must not be before the first day/,
    ],
    [['--org', 'demo', '--period', '2026-H1', '--format', 'pdf'], /Unknown export format "pdf"/],
  ])('fails clearly: %j', (args, message) => {
    const res = run([...args, '--out', path.join(dir, 'bad.csv')]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(dir, 'bad.csv'))).toBe(false);
  });
});
