import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { TenantDataSource } from '../../../apps/api/src/common/tenancy/tenant-data-source';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { PointsLedgerService } from '../../../apps/api/src/modules/points/services/points-ledger.service';
import { createTestDatabase, startTestApp, type TestApp } from '../../support/test-app';

const root = path.resolve(__dirname, '../../..');

/** `npm run ledger:verify` as an operator runs it: the compiled CLI against the same database. */
describe('ledger:verify command', () => {
  let t: TestApp;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    // Keep the database after the app closes, so the CLI can open it.
    const database = await createTestDatabase();
    env = database.env;
    drop = database.drop;
    t = await startTestApp({ env });
    const [author, viewer] = await t.dataSource
      .getRepository(MemberEntity)
      .find({ take: 2, order: { email: 'ASC' } });
    const db = t.app.get(TenantDataSource);
    const ledger = t.app.get(PointsLedgerService);
    for (let i = 0; i < 5; i += 1) {
      await db.transaction(author, (scope) =>
        ledger.record(
          scope,
          {
            kind: 'knowledgePublished',
            earnerId: author.id,
            actorId: author.id,
            sourceType: 'knowledgePost',
            sourceId: `00000000-0000-7000-8000-00000000000${i}`,
            occurredAt: new Date(),
          },
          `cli-test:${i}`,
        ),
      );
      await db.transaction(author, (scope) =>
        ledger.record(
          scope,
          {
            kind: 'viewReceived',
            earnerId: author.id,
            actorId: viewer.id,
            sourceType: 'knowledgePost',
            sourceId: `00000000-0000-7000-8000-00000000000${i}`,
            occurredAt: new Date(),
          },
          `cli-test:view:${i}`,
        ),
      );
    }
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  const verify = () =>
    spawnSync(process.execPath, [path.join(root, 'apps/api/dist/cli/ledger-verify.js')], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60000,
    });

  it('exits 0 with a one-line summary when totals match the ledger', () => {
    const res = verify();
    expect(res.status).toBe(0);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    expect(res.stdout).toMatch(
      /^ledger:verify OK: 10 entries, \d+ totals in 1 organization\(s\), no drift/,
    );
  });

  it('exits 1 and names each drifting total after tampering', async () => {
    await t.dataSource.query(
      "UPDATE member_point_totals SET points = points + 3 WHERE period_key = 'all'",
    );
    const res = verify();
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/DRIFT org=\S+ member=\S+ period=all ledger=\d+ totals=\d+/);
    expect(res.stdout).toMatch(/ledger:verify FAILED: 1 total\(s\) drift from the ledger/);
  });

  it('also names a monthly source sum (HR export pre-aggregate) that drifted', async () => {
    await t.dataSource.query(
      "UPDATE member_source_months SET points = points - 1 WHERE category = 'views'",
    );
    const res = verify();
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/DRIFT org=\S+ member=\S+ period=sources:\d{4}-\d{2} ledger=\d+/);
    expect(res.stdout).toMatch(/ledger:verify FAILED: 2 total\(s\) drift from the ledger/);
  });
});
