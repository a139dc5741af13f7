import { v7 as uuidv7 } from 'uuid';
import { ActivityBus } from '../../apps/api/src/common/events/activity-bus';
import type { ActivityEvent } from '../../apps/api/src/common/events/activity-events';
import { TenantDataSource } from '../../apps/api/src/common/tenancy/tenant-data-source';
import { TeamEntity } from '../../apps/api/src/modules/organization/entities/team.entity';
import { createOrganization } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('tenant-scoped data access', () => {
  let t: TestApp;
  let db: TenantDataSource;
  let orgA: { organizationId: string };
  let orgB: { organizationId: string };

  const team = (scope: ReturnType<TenantDataSource['scope']>, name: string) =>
    scope.repo(TeamEntity).create({
      id: uuidv7(),
      name,
      departmentId: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });

  beforeAll(async () => {
    t = await startTestApp({ demoSeed: false });
    db = t.app.get(TenantDataSource);
    orgA = await createOrganization(t.dataSource, 'alpha');
    orgB = await createOrganization(t.dataSource, 'bravo');
  });
  afterAll(() => t.close());

  it('adds the organization to every read and write by construction', async () => {
    const a = db.scope(orgA);
    const b = db.scope(orgB);
    const row = team(a, 'A専用チーム');
    await a.repo(TeamEntity).insert(row);
    expect(await b.repo(TeamEntity).findOneBy({ id: row.id })).toBeNull();
    expect(
      await b.repo(TeamEntity).find({ where: [{ id: row.id }, { name: 'A専用チーム' }] }),
    ).toEqual([]);
    expect(await b.repo(TeamEntity).update({ id: row.id }, { name: '乗っ取り' })).toBe(0);
    expect(await b.repo(TeamEntity).delete({ id: row.id })).toBe(0);
    expect(
      await b.repo(TeamEntity).query('t').andWhere('t.id = :id', { id: row.id }).getCount(),
    ).toBe(0);
    await expect(b.repo(TeamEntity).insert({ ...row, id: uuidv7() })).rejects.toThrow(
      /another organization/,
    );
    expect((await a.repo(TeamEntity).findOneBy({ id: row.id }))?.name).toBe('A専用チーム');
  });

  it('keeps concurrent transactions isolated: one rollback never undoes another commit', async () => {
    const started = Date.now();
    const failing = db.transaction(orgA, async (scope) => {
      await scope.repo(TeamEntity).insert(team(scope, 'ロールバックされる'));
      await new Promise((r) => setTimeout(r, 100));
      throw new Error('planned failure');
    });
    const committing = (async () => {
      await new Promise((r) => setTimeout(r, 10));
      return db.transaction(orgA, async (scope) => {
        await scope.repo(TeamEntity).insert(team(scope, 'コミットされる'));
      });
    })();
    const plainWrite = (async () => {
      await new Promise((r) => setTimeout(r, 20));
      await db
        .scope(orgA)
        .repo(TeamEntity)
        .insert(team(db.scope(orgA), '単独の書き込み'));
    })();
    const results = await Promise.allSettled([failing, committing, plainWrite]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    const names = (await db.scope(orgA).repo(TeamEntity).find()).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['コミットされる', '単独の書き込み']));
    expect(names).not.toContain('ロールバックされる');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('runs after-commit hooks once after a commit and never after a rollback', async () => {
    const calls: string[] = [];
    await db.transaction(orgA, async (scope) => {
      await scope.repo(TeamEntity).insert(team(scope, 'フック確認'));
      scope.afterCommit(() => calls.push('committed'));
      expect(calls).toEqual([]);
    });
    expect(calls).toEqual(['committed']);

    await expect(
      db.transaction(orgA, async (scope) => {
        scope.afterCommit(() => calls.push('rolled back'));
        throw new Error('planned failure');
      }),
    ).rejects.toThrow('planned failure');
    expect(calls).toEqual(['committed']);
  });

  it('delivers published activity events to listeners after the publisher returns', async () => {
    const bus = t.app.get(ActivityBus);
    const seen: ActivityEvent[] = [];
    bus.on('memberJoined', (event) => {
      seen.push(event);
    });
    bus.on('memberJoined', () => {
      throw new Error('a failing listener does not affect the others');
    });
    const event: ActivityEvent = {
      type: 'memberJoined',
      organizationId: orgA.organizationId,
      memberId: 'm-1',
      occurredAt: new Date(),
    };
    bus.publish(event);
    expect(seen).toEqual([]);
    await bus.drain();
    expect(seen).toEqual([event]);
  });
});
