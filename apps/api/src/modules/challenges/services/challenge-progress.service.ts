import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CHALLENGE_CONTRIBUTION_KINDS,
  CHALLENGE_TEMPLATE_USE_KINDS,
  challengeStoryMinutes,
  localDate,
  usageContribution,
  type ChallengeMetric,
  type ChallengeUnitType,
} from '@chienowa/domain';
import type { ActivityEventOf } from '../../../common/events/activity-events';
import { ActivityBus } from '../../../common/events/activity-bus';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import {
  dialectOf,
  insertIgnoringDuplicates,
  RetryableConflictError,
  storedKeys,
} from '../../../database/dialect-sql';
import { GroupCommit, settledValue, type Settled } from '../../../common/batching/group-commit';
import { SuccessStoryEntity } from '../../stories/entities/success-story.entity';
import { ChallengeEntity } from '../entities/challenge.entity';

/** better-sqlite3 binds no Date: TypeORM's UTC text form there, a Date for mysql2. */
export function sqlTime(manager: EntityManager, date: Date): Date | string {
  return dialectOf(manager) === 'sqlite'
    ? date.toISOString().replace('T', ' ').replace('Z', '')
    : date;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The exact state of each unit of a challenge, computed from the source tables. */
export type UnitSnapshot = { raw: number; memberIds: string[] };

type RunningChallenge = Pick<
  ChallengeEntity,
  'id' | 'metric' | 'unitType' | 'startsAt' | 'endsAt' | 'organizationId'
>;

const CACHE_MS = 5_000;

/** Items grouped by key, in first-seen order. */
const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? out.set(k, []).get(k)!;
    list.push(item);
  }
  return out;
};

/** One unit-progress contribution of an event: `amount` for the member's units, once per key. */
type Contribution = { challenge: RunningChallenge; memberId: string; amount: number; key: string };

/** Most contributions per transaction; bound parameters per IN list. */
const CONTRIBUTION_BATCH_MAX = 500;
const IN_LIST_MAX = 500;

/**
 * Keeps challenge progress current as events happen (usage from the ledger, approved stories)
 * and computes it exactly from usage_events / ledger_entries / success_stories for the
 * closing job, so a missed or duplicated event never changes a result.
 */
@Injectable()
export class ChallengeProgressService implements OnModuleInit {
  /**
   * Running challenges per organization, briefly cached: most events match none. Per process
   * on purpose (also with several API processes): `forget` only clears this process's copy, so
   * another process may miss a new or edited challenge's events for up to CACHE_MS in the live
   * standings; the closing job recomputes the result exactly from the ledger, so no outcome
   * depends on it.
   */
  private readonly running = new Map<string, { at: number; list: RunningChallenge[] }>();

  /** Contributions waiting to be written (see addMany). */
  private readonly contributions: GroupCommit<Contribution, void>;

  constructor(
    private readonly db: TenantDataSource,
    private readonly bus: ActivityBus,
  ) {
    this.contributions = new GroupCommit((batch) => this.addMany(batch), {
      maxBatch: CONTRIBUTION_BATCH_MAX,
      concurrency: 1,
    });
  }

  onModuleInit(): void {
    this.bus.on('usage', (event) => this.onUsage(event));
    this.bus.on('storyReviewed', (event) => this.onStoryReviewed(event));
    this.bus.on('pointsReversed', (event) => this.onPointsReversed(event));
  }

  /** Call after creating, editing, cancelling or closing a challenge of the organization. */
  forget(organizationId: string): void {
    this.running.delete(organizationId);
  }

  private async runningAt(organizationId: string, at: Date): Promise<RunningChallenge[]> {
    let cached = this.running.get(organizationId);
    if (!cached || Date.now() - cached.at > CACHE_MS) {
      const list = await this.db
        .scope({ organizationId })
        .repo(ChallengeEntity)
        .find({
          where: { status: 'active' },
          select: {
            id: true,
            metric: true,
            unitType: true,
            startsAt: true,
            endsAt: true,
            organizationId: true,
          },
        });
      cached = { at: Date.now(), list };
      this.running.set(organizationId, cached);
    }
    const t = at.getTime();
    return cached.list.filter((c) => c.startsAt.getTime() <= t && t < c.endsAt.getTime());
  }

  private async onUsage(event: ActivityEventOf<'usage'>): Promise<void> {
    const challenges = await this.runningAt(event.organizationId, event.occurredAt);
    for (const challenge of challenges) {
      const add = usageContribution(challenge.metric as ChallengeMetric, event);
      if (add) await this.add(challenge, add.memberId, add.amount, add.key);
    }
  }

  private async onStoryReviewed(event: ActivityEventOf<'storyReviewed'>): Promise<void> {
    const challenges = (await this.runningAt(event.organizationId, event.occurredAt)).filter(
      (c) => c.metric === 'hoursSaved',
    );
    if (challenges.length === 0) return;
    if (event.decision === 'returned') {
      // A returned story may have been approved before: recompute exactly.
      for (const c of challenges) await this.refresh(c);
      return;
    }
    const story = await this.db
      .scope({ organizationId: event.organizationId })
      .repo(SuccessStoryEntity)
      .findOneBy({ id: event.storyId });
    if (!story || story.status !== 'approved') return;
    const minutes = challengeStoryMinutes(story);
    for (const c of challenges) await this.add(c, story.authorId, minutes, `h:${story.id}`);
  }

  private async onPointsReversed(event: ActivityEventOf<'pointsReversed'>): Promise<void> {
    const challenges = (await this.runningAt(event.organizationId, event.occurredAt)).filter(
      (c) => c.metric === 'points',
    );
    for (const c of challenges) await this.refresh(c);
  }

  /** Adds `amount` to every participating unit of `memberId`, once per key. */
  private add(
    challenge: RunningChallenge,
    memberId: string,
    amount: number,
    key: string,
  ): Promise<void> {
    if (amount === 0) return Promise.resolve();
    return this.contributions.submit({ challenge, memberId, amount, key });
  }

  /**
   * Writes queued contributions, one transaction per organization in a batch: under a burst of
   * views every counted view feeds a running points challenge, and one transaction each (with
   * the department's or team's unit row as a hot row) would cost more than the views
   * themselves. Per challenge of the batch: the members' units in one query, the event keys
   * claimed once (read, then inserted; a key a concurrent transaction claimed meanwhile
   * retries the batch), each unit's row updated once with the batch's sum.
   */
  private async addMany(items: readonly Contribution[]): Promise<Settled<void>[]> {
    for (const [organizationId, list] of groupBy(items, (i) => i.challenge.organizationId)) {
      await this.db.transaction({ organizationId }, async (scope) => {
        const byChallenge = groupBy(list, (i) => i.challenge.id);
        for (const id of [...byChallenge.keys()].sort()) {
          await this.addToChallenge(scope, byChallenge.get(id)!);
        }
      });
    }
    return items.map(() => settledValue(undefined));
  }

  /** Adds contributions to one challenge (all of `adds` share it). */
  private async addToChallenge(scope: TenantScope, adds: readonly Contribution[]): Promise<void> {
    const { challenge } = adds[0];
    const org = challenge.organizationId;
    const unitsOf = await this.unitsOfMembers(scope, challenge, [
      ...new Set(adds.map((a) => a.memberId)),
    ]);
    const counting = adds.filter((a) => (unitsOf.get(a.memberId) ?? []).length > 0);
    const keys = [...new Set(counting.map((a) => a.key))];
    if (keys.length === 0) return;
    const taken = await storedKeys(
      scope.manager,
      'challenge_progress_keys',
      { organization_id: org, challenge_id: challenge.id },
      'event_key',
      keys,
    );
    const claimed: string[] = [];
    const sums = new Map<string, number>();
    for (const a of counting) {
      if (taken.has(a.key)) continue; // counted before, or earlier in this batch
      taken.add(a.key);
      claimed.push(a.key);
      for (const unit of unitsOf.get(a.memberId)!) sums.set(unit, (sums.get(unit) ?? 0) + a.amount);
    }
    const now = new Date();
    const inserted = await insertIgnoringDuplicates(
      scope.manager,
      'challenge_progress_keys',
      ['organization_id', 'challenge_id', 'event_key', 'created_at'],
      claimed.map((key) => [org, challenge.id, key, now]),
    );
    if (inserted !== claimed.length) throw new RetryableConflictError('challenge_progress_keys');
    const units = [...sums.keys()].filter((u) => sums.get(u) !== 0).sort();
    if (units.length === 0) return;
    await scope.manager.query(
      `UPDATE challenge_units
          SET progress = progress + CASE unit_id ${units.map(() => 'WHEN ? THEN ?').join(' ')} END,
              updated_at = ?
        WHERE organization_id = ? AND challenge_id = ? AND unit_id IN (${placeholders(units.length)})`,
      [
        ...units.flatMap((u) => [u, sums.get(u)!]),
        sqlTime(scope.manager, now),
        org,
        challenge.id,
        ...units,
      ],
    );
  }

  /** The challenge's units each (active) member belongs to, in one query. */
  private async unitsOfMembers(
    scope: TenantScope,
    challenge: RunningChallenge,
    memberIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const org = challenge.organizationId;
    const out = new Map<string, string[]>();
    for (let i = 0; i < memberIds.length; i += IN_LIST_MAX) {
      const chunk = memberIds.slice(i, i + IN_LIST_MAX);
      const rows: { unit_id: string; member_id: string }[] =
        challenge.unitType === 'team'
          ? await scope.manager.query(
              `SELECT cu.unit_id, x.member_id FROM challenge_units cu
                 JOIN team_members x ON x.organization_id = cu.organization_id AND x.team_id = cu.unit_id
                 JOIN members m ON m.organization_id = x.organization_id AND m.id = x.member_id
                WHERE cu.organization_id = ? AND cu.challenge_id = ? AND m.active = 1
                  AND x.member_id IN (${placeholders(chunk.length)})`,
              [org, challenge.id, ...chunk],
            )
          : await scope.manager.query(
              `SELECT cu.unit_id, m.id AS member_id FROM challenge_units cu
                 JOIN members m ON m.organization_id = cu.organization_id AND m.department_id = cu.unit_id
                WHERE cu.organization_id = ? AND cu.challenge_id = ? AND m.active = 1
                  AND m.id IN (${placeholders(chunk.length)})`,
              [org, challenge.id, ...chunk],
            );
      for (const row of rows)
        out.set(row.member_id, [...(out.get(row.member_id) ?? []), row.unit_id]);
    }
    return out;
  }

  /** Replaces the maintained progress of a running challenge by the exact values. */
  async refresh(challenge: RunningChallenge): Promise<void> {
    await this.db.transaction({ organizationId: challenge.organizationId }, async (scope) => {
      const unitIds: string[] = (
        await scope.manager.query(
          'SELECT unit_id FROM challenge_units WHERE organization_id = ? AND challenge_id = ?',
          [challenge.organizationId, challenge.id],
        )
      ).map((r: { unit_id: string }) => r.unit_id);
      const exact = await this.compute(scope, challenge, unitIds);
      for (const [unitId, snapshot] of exact) {
        await scope.manager.query(
          'UPDATE challenge_units SET progress = ?, updated_at = ? WHERE organization_id = ? AND challenge_id = ? AND unit_id = ?',
          [
            snapshot.raw,
            sqlTime(scope.manager, new Date()),
            challenge.organizationId,
            challenge.id,
            unitId,
          ],
        );
      }
    });
  }

  /** Active members per unit (the headcount), in one query. */
  async membersByUnit(
    scope: TenantScope,
    unitType: ChallengeUnitType,
    unitIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length === 0) return result;
    const { sql, params } = this.membership(scope, unitType, unitIds);
    const rows: { unit_id: string; member_id: string }[] = await scope.manager.query(
      `SELECT u.unit_id, u.member_id FROM ${sql} u ORDER BY u.member_id`,
      params,
    );
    for (const row of rows) result.get(row.unit_id)?.push(row.member_id);
    return result;
  }

  /** Derived table (unit_id, member_id) of the active members of the units. */
  private membership(
    scope: TenantScope,
    unitType: ChallengeUnitType,
    unitIds: readonly string[],
  ): { sql: string; params: unknown[] } {
    const org = scope.tenant.organizationId;
    return unitType === 'team'
      ? {
          sql: `(SELECT x.team_id AS unit_id, x.member_id AS member_id FROM team_members x
                   JOIN members m ON m.organization_id = x.organization_id AND m.id = x.member_id
                  WHERE x.organization_id = ? AND m.active = 1
                    AND x.team_id IN (${placeholders(unitIds.length)}))`,
          params: [org, ...unitIds],
        }
      : {
          sql: `(SELECT m.department_id AS unit_id, m.id AS member_id FROM members m
                  WHERE m.organization_id = ? AND m.active = 1
                    AND m.department_id IN (${placeholders(unitIds.length)}))`,
          params: [org, ...unitIds],
        };
  }

  /**
   * The exact raw value and active members of every unit over the challenge window
   * [startsAt, endsAt), from the source tables (membership as of now). The local_day bounds
   * let the (organization, local_day) indexes narrow the scan; occurred_at decides.
   */
  async compute(
    scope: TenantScope,
    challenge: Pick<ChallengeEntity, 'metric' | 'unitType' | 'startsAt' | 'endsAt'>,
    unitIds: readonly string[],
  ): Promise<Map<string, UnitSnapshot>> {
    const unitType = challenge.unitType as ChallengeUnitType;
    const members = await this.membersByUnit(scope, unitType, unitIds);
    const raw = new Map<string, number>(unitIds.map((id) => [id, 0]));
    if (unitIds.length > 0) {
      const org = scope.tenant.organizationId;
      const m = scope.manager;
      const zone: { time_zone: string }[] = await m.query(
        'SELECT time_zone FROM organizations WHERE id = ?',
        [org],
      );
      const firstDay = localDate(challenge.startsAt, zone[0].time_zone);
      const lastDay = localDate(new Date(challenge.endsAt.getTime() - 1), zone[0].time_zone);
      const u = this.membership(scope, unitType, unitIds);
      const start = sqlTime(m, challenge.startsAt);
      const end = sqlTime(m, challenge.endsAt);
      const window = (alias: string) =>
        `${alias}.organization_id = ? AND ${alias}.local_day >= ? AND ${alias}.local_day <= ?
         AND ${alias}.occurred_at >= ? AND ${alias}.occurred_at < ?`;
      const windowParams = [org, firstDay, lastDay, start, end];
      let rows: { unit_id: string; v: number | string | null }[] = [];
      switch (challenge.metric as ChallengeMetric) {
        case 'points':
          rows = await m.query(
            `SELECT u.unit_id, SUM(l.points) AS v FROM ledger_entries l
               JOIN ${u.sql} u ON u.member_id = l.member_id
              WHERE ${window('l')} GROUP BY u.unit_id`,
            [...u.params, ...windowParams],
          );
          break;
        case 'knowledgePosts':
          rows = await m.query(
            `SELECT u.unit_id, COUNT(DISTINCT e.source_id) AS v FROM usage_events e
               JOIN ${u.sql} u ON u.member_id = e.earner_id
              WHERE ${window('e')} AND e.kind = 'knowledgePublished' GROUP BY u.unit_id`,
            [...u.params, ...windowParams],
          );
          break;
        case 'templateReuses':
          rows = await m.query(
            `SELECT u.unit_id, COUNT(*) AS v FROM usage_events e
               JOIN ${u.sql} u ON u.member_id = e.earner_id
              WHERE ${window('e')} AND e.kind = 'templateReused' AND e.counted = 1
              GROUP BY u.unit_id`,
            [...u.params, ...windowParams],
          );
          break;
        case 'activeMemberRate': {
          const contributions = CHALLENGE_CONTRIBUTION_KINDS;
          const uses = CHALLENGE_TEMPLATE_USE_KINDS;
          rows = await m.query(
            `SELECT z.unit_id, COUNT(DISTINCT z.member_id) AS v FROM (
               SELECT u.unit_id, u.member_id FROM usage_events e
                 JOIN ${u.sql} u ON u.member_id = e.earner_id
                WHERE ${window('e')} AND e.kind IN (${placeholders(contributions.length)})
               UNION
               SELECT u2.unit_id, u2.member_id FROM usage_events e2
                 JOIN ${u.sql} u2 ON u2.member_id = e2.actor_id
                WHERE ${window('e2')} AND e2.kind IN (${placeholders(uses.length)})
             ) z GROUP BY z.unit_id`,
            [...u.params, ...windowParams, ...contributions, ...u.params, ...windowParams, ...uses],
          );
          break;
        }
        case 'hoursSaved': {
          const stories: {
            unit_id: string;
            mb: number;
            ma: number;
            occ: number;
          }[] = await m.query(
            `SELECT u.unit_id, s.minutes_before_x100 AS mb, s.minutes_after_x100 AS ma,
                    s.occurrences_per_month_x100 AS occ
               FROM success_stories s
               JOIN ${u.sql} u ON u.member_id = s.author_id
              WHERE s.organization_id = ? AND s.status = 'approved'
                AND s.approved_at >= ? AND s.approved_at < ?`,
            [...u.params, org, start, end],
          );
          const sums = new Map<string, number>();
          for (const s of stories) {
            const minutes = challengeStoryMinutes({
              minutesBeforeX100: Number(s.mb),
              minutesAfterX100: Number(s.ma),
              occurrencesPerMonthX100: Number(s.occ),
            });
            sums.set(s.unit_id, (sums.get(s.unit_id) ?? 0) + minutes);
          }
          rows = [...sums].map(([unit_id, v]) => ({ unit_id, v }));
          break;
        }
        default:
          throw new Error(`Unknown challenge metric ${challenge.metric}`);
      }
      for (const row of rows) raw.set(row.unit_id, Number(row.v ?? 0));
    }
    return new Map(
      unitIds.map((id) => [id, { raw: raw.get(id) ?? 0, memberIds: members.get(id) ?? [] }]),
    );
  }
}
