import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import { JobLock } from '../../../apps/api/src/common/redis/job-lock';
import { errorCode, GraphQLClient } from '../../support/graphql-client';
import { createTestDatabase, TEST_DIALECT } from '../../support/test-app';
import { LiveClient } from '../recognition/live-client';
import { startApiProcess, type ApiProcess } from './api-process';

// Two OS processes need a database server both can reach and Redis between them. SQLite is one
// process by nature: this file runs in the MySQL/MariaDB suite only. tests/run.mjs checks Redis
// first; without it that suite prints a SKIPPED line (a failure under CI=true) and sets
// TEST_REDIS=absent. Run directly, a missing Redis fails here.
const ci = process.env.CI === 'true' || process.env.CI === '1';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const skipReason =
  TEST_DIALECT !== 'mysql'
    ? 'needs MySQL/MariaDB (TEST_DB=mysql): SQLite is one process by nature'
    : process.env.TEST_REDIS === 'absent' && !ci
      ? 'no Redis answers (tests/run.mjs printed a SKIPPED line)'
      : null;
const suite = skipReason ? describe.skip : describe;

const FEED_SUB = 'subscription { feedItemAdded { id type kudos { message } actor { email } } }';
const NOTIFICATION_SUB = 'subscription { notificationAdded { id type actor { email } } }';
const GIVE =
  'mutation G($input: GiveKudosInput!) { giveKudos(input: $input) { id message points } }';

type FeedMsg = {
  data: {
    feedItemAdded: { type: string; kudos: { message: string } | null; actor: { email: string } };
  };
};
type BellMsg = { data: { notificationAdded: { type: string; actor: { email: string } | null } } };

const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

suite(
  `two API processes on one database and Redis${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    let a: ApiProcess;
    let b: ApiProcess;
    let sql: mysql.Connection;
    let redis: Redis;
    let dropDatabase: () => Promise<void>;
    let dataDir: string;
    let orgId: string;
    let managerId: string;
    let valueId: string;
    let challengeId: string;
    const keyPrefix = `chienowa-it-${process.pid}-${randomUUID().slice(0, 8)}:`;
    const sockets: LiveClient[] = [];

    const client = async (p: ApiProcess, email: string) => {
      const c = new GraphQLClient(p.url);
      await c.login(email);
      return c;
    };
    const live = async (p: ApiProcess, c: GraphQLClient) => {
      const socket = await LiveClient.connect(p.url, c.sessionCookie);
      sockets.push(socket);
      return socket;
    };
    const count = async (query: string, params: unknown[]) => {
      const [rows] = await sql.query<mysql.RowDataPacket[]>(query, params);
      return Number(rows[0].n);
    };

    beforeAll(async () => {
      const database = await createTestDatabase();
      dropDatabase = database.drop;
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-scale-out-'));
      const env = {
        ...database.env,
        // One DATA_DIR for both, as a shared disk would be (uploads, pending export files).
        DATA_DIR: dataDir,
        REDIS_URL,
        REDIS_KEY_PREFIX: keyPrefix,
        DEMO_SEED: 'true',
        DEMO_CONTENT: 'false',
        CHALLENGE_CLOSE_INTERVAL_MS: '300',
        WEB_DIST_DIR: path.join(os.tmpdir(), 'chienowa-no-web'),
      };
      // A first (migrates and seeds the empty database), then B on the same database.
      a = await startApiProcess(env);
      b = await startApiProcess(env);
      sql = await mysql.createConnection({ uri: database.env.DATABASE_URL, dateStrings: false });
      redis = new Redis(REDIS_URL, { keyPrefix, maxRetriesPerRequest: 1 });
      const [members] = await sql.query<mysql.RowDataPacket[]>(
        "SELECT id, organization_id FROM members WHERE email = 'manager@example.com'",
      );
      managerId = members[0].id;
      orgId = members[0].organization_id;
      const staff = await client(a, 'staff@example.com');
      const values = await staff.ok<{ recognitionValues: { id: string }[] }>(
        '{ recognitionValues { id } }',
      );
      valueId = values.recognitionValues[0].id;
    });

    afterAll(async () => {
      await Promise.all(sockets.map((s) => s.close()));
      await Promise.all([a?.stop(), b?.stop()]);
      if (redis) {
        const keys = await redis.keys(`${keyPrefix}*`);
        // KEYS answers full names; the client adds the prefix again, so strip it.
        if (keys.length) await redis.del(...keys.map((k) => k.slice(keyPrefix.length)));
        redis.disconnect();
      }
      await sql?.end();
      await dropDatabase?.();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('starts a running challenge (closed at the end of this file)', async () => {
      const admin = await client(a, 'admin@example.com');
      const [departments] = await sql.query<mysql.RowDataPacket[]>(
        'SELECT id FROM departments WHERE organization_id = ?',
        [orgId],
      );
      expect(departments.length).toBeGreaterThan(1);
      const created = await admin.ok<{ createChallenge: { id: string } }>(
        'mutation C($input: ChallengeInput!) { createChallenge(input: $input) { id } }',
        {
          input: {
            title: 'スケールアウト',
            metric: 'POINTS',
            target: 1,
            unitType: 'DEPARTMENT',
            winnerPoints: 7,
            unitIds: departments.map((d) => d.id as string),
          },
        },
      );
      challengeId = created.createChallenge.id;
      // Running since an hour ago, for another hour: the kudos below count for it.
      await sql.query('UPDATE challenges SET starts_at = ?, ends_at = ? WHERE id = ?', [
        new Date(Date.now() - 3_600_000),
        new Date(Date.now() + 3_600_000),
        challengeId,
      ]);
    });

    it('delivers kudos given through process A to subscribers connected to process B, once', async () => {
      const staffA = await client(a, 'staff@example.com');
      const managerB = await client(b, 'manager@example.com');
      const managerOnB = await live(b, managerB);
      const staffOnA = await live(a, staffA);
      const feedB = managerOnB.subscribe(FEED_SUB);
      const bellB = managerOnB.subscribe(NOTIFICATION_SUB);
      const feedA = staffOnA.subscribe(FEED_SUB);
      await settle();

      const message = `プロセスAから ${randomUUID().slice(0, 8)}`;
      await staffA.ok(GIVE, { input: { receiverId: managerId, valueId, message } });

      const kudosOf = (msgs: FeedMsg[]) =>
        msgs.filter((m) => m.data.feedItemAdded.kudos?.message === message);
      await managerOnB.waitFor<FeedMsg>(feedB);
      const bell = await managerOnB.waitFor<BellMsg>(bellB);
      expect(bell.map((m) => m.data.notificationAdded)).toContainEqual({
        id: expect.any(String),
        type: 'KUDOS_RECEIVED',
        actor: { email: 'staff@example.com' },
      });
      await staffOnA.waitFor<FeedMsg>(feedA);
      await settle();
      // Exactly one delivery on each process (the publisher hears it back through Redis only).
      const onB = kudosOf(managerOnB.messages<FeedMsg>(feedB));
      expect(onB).toHaveLength(1);
      expect(onB[0].data.feedItemAdded).toMatchObject({
        type: 'KUDOS',
        actor: { email: 'staff@example.com' },
      });
      expect(kudosOf(staffOnA.messages<FeedMsg>(feedA))).toHaveLength(1);
      expect(
        managerOnB
          .messages<BellMsg>(bellB)
          .filter((m) => m.data.notificationAdded.type === 'KUDOS_RECEIVED'),
      ).toHaveLength(1);
    });

    it('counts the same idempotent kudos sent to both processes once', async () => {
      const [staffA, staffB] = await Promise.all([
        client(a, 'staff@example.com'),
        client(b, 'staff@example.com'),
      ]);
      const input = {
        receiverId: managerId,
        valueId,
        message: `両方に同じ依頼 ${randomUUID().slice(0, 8)}`,
        idempotencyKey: randomUUID(),
      };
      type Given = { giveKudos: { id: string; points: number } };
      const [viaA, viaB] = await Promise.all([
        staffA.ok<Given>(GIVE, { input }),
        staffB.ok<Given>(GIVE, { input }),
      ]);
      // Both answer with the one kudos (the later as a retry of the first).
      expect(viaB.giveKudos.id).toBe(viaA.giveKudos.id);
      const id = viaA.giveKudos.id;
      await settle(1000);
      expect(
        await count('SELECT COUNT(*) AS n FROM kudos WHERE message = ?', [input.message]),
      ).toBe(1);
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM ledger_entries WHERE kind = 'kudosReceived' AND source_id = ?",
          [id],
        ),
      ).toBe(1);
      expect(
        await count('SELECT COUNT(*) AS n FROM feed_items WHERE source_key = ?', [`kudos:${id}`]),
      ).toBe(1);
      expect(
        await count(
          'SELECT COUNT(*) AS n FROM notifications WHERE member_id = ? AND source_key = ?',
          [managerId, `kudos:${id}`],
        ),
      ).toBe(1);
    });

    it('counts failed sign-ins across processes (login rate limit in Redis)', async () => {
      const email = `nobody-${randomUUID().slice(0, 8)}@example.com`;
      const attempt = (p: ApiProcess) =>
        new GraphQLClient(p.url).request(
          'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
          { email, password: 'wrong-password' },
        );
      // The default limit is 5 per email and IP: 3 on A and 2 on B reach it together only.
      for (const p of [a, a, a, b, b]) expect(errorCode(await attempt(p))).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt(a))).toBe('RATE_LIMITED');
      expect(errorCode(await attempt(b))).toBe('RATE_LIMITED');
    });

    it('serves an export from the process that did not render it, once', async () => {
      const hr = await client(a, 'hr@example.com');
      const today = new Date().toISOString().slice(0, 10);
      const period = await hr.ok<{ createEvaluationPeriod: { id: string } }>(
        'mutation C($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { id } }',
        { input: { name: 'スケールアウト期間', firstDay: today, lastDay: today } },
      );
      const staffA = await client(a, 'staff@example.com');
      const exported = await staffA.ok<{
        exportMyContributionReport: { downloadUrl: string; sha256: string; rowCount: number };
      }>(
        'mutation S($id: ID!) { exportMyContributionReport(periodId: $id, format: "csv") { downloadUrl sha256 rowCount } }',
        { id: period.createEvaluationPeriod.id },
      );
      const { downloadUrl, sha256 } = exported.exportMyContributionReport;
      const get = (p: ApiProcess) =>
        fetch(`${p.url}${downloadUrl}`, { headers: { cookie: staffA.sessionCookie! } });
      const onB = await get(b);
      expect(onB.status).toBe(200);
      const bytes = Buffer.from(await onB.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
      // One use, whichever process is asked next.
      expect((await get(a)).status).toBe(404);
      expect((await get(b)).status).toBe(404);
    });

    it('lets one process at a time hold a job lock, released only by its owner', async () => {
      const one = new JobLock(redis);
      const two = new JobLock(redis);
      const job = `it-${randomUUID()}`;
      let runs = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const first = one.run(job, { ttlMs: 5_000 }, async () => {
        runs += 1;
        await gate;
        return 'one';
      });
      await settle(100);
      expect(await two.run(job, { ttlMs: 5_000 }, async () => (runs += 1))).toEqual({ ran: false });
      // A token that does not hold the lock neither releases nor extends it.
      expect(await two.release(job, 'not-the-owner')).toBe(false);
      expect(await two.extend(job, 'not-the-owner', 10)).toBe(false);
      release();
      expect(await first).toEqual({ ran: true, value: 'one' });
      expect(runs).toBe(1);
      // Released after the run: the other process may run it now; holdAfterMs keeps it a while.
      expect(await two.run(job, { ttlMs: 5_000, holdAfterMs: 60_000 }, async () => 2)).toEqual({
        ran: true,
        value: 2,
      });
      expect(await one.run(job, { ttlMs: 5_000 }, async () => 3)).toEqual({ ran: false });
      expect(await redis.pttl(JobLock.key(job))).toBeGreaterThan(50_000);
    });

    it('closes a challenge once while both processes run the closing job', async () => {
      // It ends now: both processes run the job every 300 ms.
      await sql.query('UPDATE challenges SET ends_at = ? WHERE id = ?', [
        new Date(Date.now() - 1000),
        challengeId,
      ]);
      const deadline = Date.now() + 20_000;
      while (
        (await count("SELECT COUNT(*) AS n FROM challenges WHERE id = ? AND status = 'closed'", [
          challengeId,
        ])) === 0
      ) {
        if (Date.now() > deadline) throw new Error(`Not closed:\n${a.output()}\n${b.output()}`);
        await settle(200);
      }
      await settle(2000);
      // The manager's department won (the kudos above): each winner paid once, one feed item.
      const [paid] = await sql.query<mysql.RowDataPacket[]>(
        "SELECT member_id, COUNT(*) AS n FROM ledger_entries WHERE kind = 'challengeWon' AND source_id = ? GROUP BY member_id",
        [challengeId],
      );
      expect(paid.map((r) => r.member_id)).toContain(managerId);
      expect(paid.every((r) => Number(r.n) === 1)).toBe(true);
      expect(
        await count('SELECT COUNT(*) AS n FROM feed_items WHERE source_key = ?', [
          `challenge:${challengeId}`,
        ]),
      ).toBe(1);
      expect(
        await count(
          'SELECT COUNT(*) AS n FROM challenge_units WHERE challenge_id = ? AND won = 1',
          [challengeId],
        ),
      ).toBe(1);
      expect(
        await count(
          'SELECT COUNT(*) AS n FROM notifications WHERE source_key = ? AND member_id = ?',
          [`challenge:${challengeId}`, managerId],
        ),
      ).toBe(1);
    });
  },
);
