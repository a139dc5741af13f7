// Smoke run of the benchmark tools (tests/bench): the generator writes a tiny organization
// whose ledger verifies, and the bench runner measures every figure end to end against the
// built API. Sizes are tiny and nothing is timed: benchmark figures are never asserted.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { createTestDatabase, TEST_DIALECT } from '../../support/test-app';
import {
  usageDayDifferences,
  usageMonthDifferences,
  type UsageDayRow,
  type UsageLogRow,
  type UsageMonthRow,
} from '../../support/activity-aggregates';

const ROOT = path.resolve(__dirname, '../../..');
const RUN = path.join(ROOT, 'tests/bench/run.cjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [RUN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHIENOWA_BENCH_TOOL: '' },
    timeout: 150_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RUN, ...args], {
      cwd: ROOT,
      env: { ...process.env, CHIENOWA_BENCH_TOOL: '' },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe(`bench tools (${TEST_DIALECT})`, () => {
  let target: string[];
  let drop: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-bench-'));
    if (TEST_DIALECT === 'sqlite') {
      target = ['--dialect', 'sqlite', '--data-dir', path.join(dir, 'db')];
      drop = async () => undefined;
    } else {
      const db = await createTestDatabase();
      target = ['--dialect', 'mysql', '--database-url', db.env.DATABASE_URL];
      drop = db.drop;
    }
  });

  /** Rows of the generated database, read with the plain driver. */
  async function readRows(sql: string): Promise<Record<string, unknown>[]> {
    if (TEST_DIALECT === 'sqlite') {
      const db = new Database(path.join(dir, 'db', 'chienowa.sqlite'), { readonly: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    }
    const conn = await mysql.createConnection(target[target.length - 1]);
    try {
      const [rows] = await conn.query(sql);
      return rows as Record<string, unknown>[];
    } finally {
      await conn.end();
    }
  }

  afterAll(async () => {
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates a consistent organization and measures every figure', async () => {
    const gen = run([
      'generate',
      ...target,
      '--members',
      '50',
      '--events',
      '2000',
      '--seed',
      '7',
      '--quiet',
    ]);
    expect(gen.stderr).not.toMatch(/failed/);
    expect(gen.status).toBe(0);
    const summary = JSON.parse(gen.stdout);
    expect(summary).toMatchObject({ members: 50, ledgerEntries: 2000 });
    expect(summary.posts).toBeGreaterThan(0);
    expect(summary.kudos).toBeGreaterThan(0);
    expect(summary.usageEvents).toBeGreaterThanOrEqual(2000);
    expect(summary.rows.search_tokens).toBeGreaterThan(0);
    expect(summary.verify).toEqual({ entries: 2000, totalsChecked: expect.any(Number), drift: 0 });
    expect(summary.verify.totalsChecked).toBeGreaterThan(50);
    // The daily usage aggregate is what the app would have kept for this usage log.
    const [log, days] = await Promise.all([
      readRows(
        'SELECT organization_id AS organizationId, kind, earner_id AS earnerId, actor_id AS actorId, counted, uncounted_reason AS uncountedReason, local_day AS localDay FROM usage_events',
      ),
      readRows(
        'SELECT organization_id AS organizationId, member_id AS memberId, role, kind, local_day AS localDay, genuine, counted FROM member_usage_days',
      ),
    ]);
    expect(days.length).toBeGreaterThan(50);
    expect(
      usageDayDifferences(
        log.map((u) => ({ ...u, counted: Number(u.counted) === 1 }) as UsageLogRow),
        days as UsageDayRow[],
      ),
    ).toEqual([]);
    // …and so is the monthly one.
    const months = await readRows(
      'SELECT organization_id AS organizationId, month, member_id AS memberId, role, kind, genuine, counted FROM member_usage_months',
    );
    expect(months.length).toBeGreaterThan(10);
    expect(usageMonthDifferences(days as UsageDayRow[], months as UsageMonthRow[])).toEqual([]);

    const out = path.join(dir, 'results.json');
    const bench = run([
      'bench',
      ...target,
      '--reuse',
      '--members',
      '50',
      '--events',
      '2000',
      '--duration',
      '1',
      '--samples',
      '5',
      '--concurrency',
      '4',
      '--out',
      out,
    ]);
    expect(bench.stderr).not.toMatch(/failed/);
    expect(bench.status).toBe(0);
    expect(bench.stdout).toMatch(/benchmark\s+\| figure/);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    const byBenchmark = (b: string) =>
      (
        result.figures as {
          benchmark: string;
          figure: string;
          value: number | null;
          ratio?: number | null;
        }[]
      ).filter((f) => f.benchmark === b);
    // MySQL adds the database server's CPU per view (SQLite runs inside the API process).
    expect(byBenchmark('ingest')).toHaveLength(TEST_DIALECT === 'mysql' ? 6 : 5);
    expect(byBenchmark('leaderboard')).toHaveLength(4);
    expect(byBenchmark('export')).toHaveLength(4);
    expect(byBenchmark('search')).toHaveLength(1);
    expect(byBenchmark('feed')).toHaveLength(1);
    expect(byBenchmark('freshness')).toHaveLength(2);
    for (const f of [
      // The database server's CPU is null where its process is not on this machine.
      ...byBenchmark('ingest').filter((f) => !/database server/.test(String(f.figure))),
      ...byBenchmark('leaderboard'),
      ...byBenchmark('search'),
      ...byBenchmark('feed'),
    ]) {
      expect(typeof f.value).toBe('number');
    }
    for (const f of result.figures.filter((x: { ratio?: unknown }) => x.ratio !== undefined)) {
      expect(f.baseline).toEqual(expect.any(Number));
    }
    expect(result.details.ingest.api.errors).toBe(0);
    expect(result.details.ingest.api.requests).toBeGreaterThan(0);
    expect(result.details.ingest.api.cpu.apiMsPerRequest).toBeGreaterThan(0);
    expect(result.details.ingest.ceiling.cpu.apiMsPerRequest).toBeGreaterThan(0);
    expect(result.details.ingest.verify.drift).toBe(0);
    expect(result.details.ingest.verify.entries).toBeGreaterThan(2000);
    expect(result.details.leaderboard.MONTH.agree).toBe(true);
    expect(result.details.leaderboard.FISCAL_QUARTER.agree).toBe(true);
    expect(result.details.export.CSV.full.rows).toBe(50);
    expect(result.details.export.CSV.half.rows).toBe(25);
    expect(result.details.freshness.leaderboard.timeouts).toBe(0);
  }, 150_000);

  it('refuses bad input with exit code 2 and a one-line message', async () => {
    const cases: [string[], RegExp][] = [
      [['generate', '--members', '-5'], /--members must be between/],
      [['generate', '--events', 'lots'], /--events must be a whole number/],
      [['generate', '--dialect', 'oracle'], /unknown dialect "oracle": use sqlite or mysql/],
      [['generate', '--dialect', 'mysql'], /--dialect mysql needs --database-url/],
      [['bench', '--members', '-1'], /--members must be between/],
      [['bench', '--dialect', 'postgres'], /unknown dialect "postgres"/],
      [['bench', '--only', 'ingest,speed'], /unknown benchmark "speed" in --only/],
    ];
    // In parallel: each start compiles the tools, the checks themselves are instant.
    const results = await Promise.all(cases.map(([args]) => runAsync(args)));
    results.forEach((r, i) => {
      expect({ args: cases[i][0], status: r.status }).toEqual({ args: cases[i][0], status: 2 });
      expect(r.stderr).toMatch(cases[i][1]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }, 60_000);
});
