import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  decideAward,
  dedupeKeyFor,
  isPerTargetCapped,
  ledgerEntryFor,
  periodKeys,
  perTargetCapReached,
  localDate,
  monthOfDay,
  reversalOf,
  totalPeriodKeys,
  usageDayContributions,
  type AwardDecision,
  type LedgerEntry,
  type PeriodSettings,
  type PointEvent,
  type PointEventKind,
  type UncountedReason,
} from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import {
  insertIgnoringDuplicates,
  insertRows,
  storedKeys,
  lockCounters,
  RetryableConflictError,
  upsertIncrement,
} from '../../../database/dialect-sql';
import { TenantSettingsCache } from '../../../common/tenancy/tenant-settings-cache';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { UsageEventEntity } from '../entities/usage-event.entity';
import { PointRulesService } from './point-rules.service';
import { ActivityBus } from '../../../common/events/activity-bus';

export type RecordedAward =
  | { counted: true; entryId: string; points: number; earnerId: string }
  | { counted: false; reason: UncountedReason };

export type LedgerRequest = { event: PointEvent; entryKey: string };

/** A usage_events row as recordMany writes it (plain INSERT: the hottest table). */
type UsageRow = Omit<UsageEventEntity, 'organizationId'>;

const USAGE_COLUMNS = [
  'id',
  'organization_id',
  'kind',
  'actor_id',
  'earner_id',
  'source_type',
  'source_id',
  'counted',
  'uncounted_reason',
  'occurred_at',
  'local_day',
] as const;

const LEDGER_COLUMNS = [
  'id',
  'organization_id',
  'member_id',
  'points',
  'kind',
  'category',
  'rule_version',
  'source_type',
  'source_id',
  'actor_id',
  'occurred_at',
  'local_day',
  'idempotency_key',
  'reverses_entry_id',
  'reason',
  'created_at',
] as const;

/** An event of a recordMany batch while it is being decided. */
type Pending = {
  index: number;
  event: PointEvent;
  entryKey: string;
  day: string;
  probe: AwardDecision;
  /** False for self-actions: they claim no counted-once key and lock nothing. */
  claims: boolean;
  dedupeKey: string | null;
  targetKey: Record<string, string> | null;
  /** The event's counted-once key was free (or it has none). */
  fresh: boolean;
};

export function toLedgerEntry(row: LedgerEntryEntity): LedgerEntry {
  return {
    id: row.id,
    memberId: row.memberId,
    points: row.points,
    kind: row.kind as LedgerEntry['kind'],
    category: row.category as LedgerEntry['category'],
    ruleVersion: row.ruleVersion,
    sourceType: row.sourceType as LedgerEntry['sourceType'],
    sourceId: row.sourceId,
    actorId: row.actorId,
    occurredAt: row.occurredAt,
    idempotencyKey: row.idempotencyKey,
    reversesEntryId: row.reversesEntryId,
    reason: row.reason,
  };
}

/**
 * Writes the points ledger. Always called inside the caller's transaction (the content change
 * and its points commit together). Per event: usage row; counted-once key; the earner's daily
 * row for the kind, locked, for the cap; the entry; seven running totals. Only the earner's
 * rows are locked, so a popular author's events queue behind each other but nobody else's.
 */
@Injectable()
export class PointsLedgerService {
  constructor(
    private readonly rules: PointRulesService,
    private readonly bus: ActivityBus,
    private readonly cache: TenantSettingsCache,
  ) {}

  private publishUsage(
    scope: TenantScope,
    event: PointEvent,
    decision: { counted: true; points: number } | { counted: false; reason: UncountedReason },
  ) {
    scope.afterCommit(() =>
      this.bus.publish({
        type: 'usage',
        organizationId: scope.tenant.organizationId,
        kind: event.kind,
        actorId: event.actorId,
        earnerId: event.earnerId,
        sourceType: event.sourceType,
        sourceId: event.sourceId,
        occurredAt: event.occurredAt,
        counted: decision.counted,
        uncountedReason: decision.counted ? null : decision.reason,
        points: decision.counted ? decision.points : 0,
      }),
    );
  }

  /** The organization's time zone and fiscal year start (cached, see TenantSettingsCache). */
  settings(scope: TenantScope): Promise<PeriodSettings> {
    return this.cache.get(scope.tenant.organizationId, 'periodSettings', async () => {
      const org = await scope.manager
        .getRepository(OrganizationEntity)
        .findOneByOrFail({ id: scope.tenant.organizationId });
      return { timeZone: org.timeZone, fiscalYearStartMonth: org.fiscalYearStartMonth };
    });
  }

  /** Records an event; `entryKey` makes the ledger entry unique (a retry never pays twice). */
  async record(scope: TenantScope, event: PointEvent, entryKey: string): Promise<RecordedAward> {
    const [award] = await this.recordMany(scope, [{ event, entryKey }]);
    return award;
  }

  /**
   * Records events in order, in a fixed number of statements whatever their count (the
   * batched ingest writes hundreds of views per transaction this way). Each event is decided
   * exactly as if recorded alone after the previous ones: caps and counted-once keys see the
   * earlier events of the batch. A repeated `entryKey` answers like its first occurrence.
   * `newKeys`: the caller generated the entry keys just now (views: `view:<uuidv7>`), so none
   * can be stored yet and the replay lookup is skipped (one round trip less per batch).
   */
  async recordMany(
    scope: TenantScope,
    requests: readonly LedgerRequest[],
    { newKeys = false }: { newKeys?: boolean } = {},
  ): Promise<RecordedAward[]> {
    if (requests.length === 0) return [];
    const org = scope.tenant.organizationId;
    const manager = scope.manager;
    const [settings, ruleSet] = await Promise.all([this.settings(scope), this.rules.cached(scope)]);
    const results: RecordedAward[] = new Array(requests.length);

    const keys = [...new Set(requests.map((r) => r.entryKey))];
    const existing = new Map(
      (newKeys ? [] : await scope.repo(LedgerEntryEntity).findBy({ idempotencyKey: In(keys) })).map(
        (row) => [row.idempotencyKey, row],
      ),
    );
    const firstByKey = new Map<string, number>();
    const repeats: [number, number][] = [];
    const work: Pending[] = [];
    for (const [index, { event, entryKey }] of requests.entries()) {
      const prior = existing.get(entryKey);
      if (prior) {
        results[index] = {
          counted: true,
          entryId: prior.id,
          points: prior.points,
          earnerId: prior.memberId,
        };
        continue;
      }
      const first = firstByKey.get(entryKey);
      if (first !== undefined) {
        repeats.push([index, first]);
        continue;
      }
      firstByKey.set(entryKey, index);
      // Decide the self-action case before claiming a counted-once key, so it is not consumed.
      const probe = decideAward(event, {
        ruleSet,
        settings,
        earnedTodayForKind: 0,
        alreadyCountedToday: false,
      });
      const claims = probe.counted || probe.reason !== 'selfAction';
      work.push({
        index,
        event,
        entryKey,
        day: localDate(event.occurredAt, settings.timeZone),
        probe,
        claims,
        dedupeKey: claims ? dedupeKeyFor(event, settings) : null,
        targetKey:
          claims &&
          isPerTargetCapped(event.kind) &&
          event.actorId &&
          event.actorId !== event.earnerId
            ? {
                organization_id: org,
                actor_id: event.actorId,
                earner_id: event.earnerId,
                week_key: periodKeys(event.occurredAt, settings).week,
                kind: event.kind,
              }
            : null,
        fresh: false,
      });
    }

    await this.claimDedupeKeys(scope, work);

    // Per-target weekly cap (likes, kudos): lock the (actor, earner, week, kind) rows first;
    // every path locks them before the earner's daily rows, so the lock order is fixed.
    const targeted = work.filter((w) => w.fresh && w.targetKey);
    const credits = await this.lockedCounts(
      manager,
      'point_target_weekly_counts',
      targeted.map((w) => w.targetKey!),
      'credits',
    );
    // Lock the earners' (day, kind) rows: concurrent events of a kind for one earner serialize
    // here, so the cap holds exactly; other members' rows stay free.
    const dailyKey = (w: Pending) => ({
      organization_id: org,
      member_id: w.event.earnerId,
      local_day: w.day,
      kind: w.event.kind,
    });
    const earning = work.filter((w) => w.fresh);
    const earned = await this.lockedCounts(
      manager,
      'member_daily_earnings',
      earning.map(dailyKey),
      'points',
    );

    const usage: UsageRow[] = [];
    const entries: { entry: LedgerEntry; day: string; periodKeys: string[] }[] = [];
    const daily = new Map<string, { key: Record<string, unknown>; points: number }>();
    const targets = new Map<string, { key: Record<string, unknown>; credits: number }>();
    for (const w of work) {
      const { event } = w;
      let decision: AwardDecision = w.probe;
      if (w.fresh && w.targetKey && perTargetCapReached(credits.get(counterId(w.targetKey)) ?? 0)) {
        decision = { counted: false, reason: 'perTargetCap', dedupeKey: w.dedupeKey };
      } else if (w.claims) {
        decision = decideAward(event, {
          ruleSet,
          settings,
          earnedTodayForKind: w.fresh ? (earned.get(counterId(dailyKey(w))) ?? 0) : 0,
          alreadyCountedToday: !w.fresh,
        });
      }
      usage.push({
        id: uuidv7(),
        kind: event.kind,
        actorId: event.actorId,
        earnerId: event.earnerId,
        sourceType: event.sourceType,
        sourceId: event.sourceId,
        counted: decision.counted,
        uncountedReason: decision.counted ? null : decision.reason,
        occurredAt: event.occurredAt,
        localDay: w.day,
      });
      if (!decision.counted) {
        this.publishUsage(scope, event, decision);
        results[w.index] = { counted: false, reason: decision.reason };
        continue;
      }
      const entry = ledgerEntryFor(decision, event, { id: uuidv7(), idempotencyKey: w.entryKey });
      entries.push({ entry, day: w.day, periodKeys: Object.values(decision.periodKeys) });
      const key = dailyKey(w);
      const id = counterId(key);
      earned.set(id, (earned.get(id) ?? 0) + entry.points);
      const row = daily.get(id) ?? daily.set(id, { key, points: 0 }).get(id)!;
      row.points += entry.points;
      if (w.targetKey) {
        const t = counterId(w.targetKey);
        credits.set(t, (credits.get(t) ?? 0) + 1);
        const target = targets.get(t) ?? targets.set(t, { key: w.targetKey, credits: 0 }).get(t)!;
        target.credits += 1;
      }
      this.publishUsage(scope, event, { counted: true, points: entry.points });
      results[w.index] = {
        counted: true,
        entryId: entry.id,
        points: entry.points,
        earnerId: entry.memberId,
      };
    }

    await insertRows(
      manager,
      'usage_events',
      USAGE_COLUMNS,
      usage.map((u) => [
        u.id,
        org,
        u.kind,
        u.actorId,
        u.earnerId,
        u.sourceType,
        u.sourceId,
        u.counted,
        u.uncountedReason,
        u.occurredAt,
        u.localDay,
      ]),
    );
    await this.addUsageDays(scope, usage);
    await this.writeEntries(scope, entries);
    await upsertIncrement(
      manager,
      'member_daily_earnings',
      ['organization_id', 'member_id', 'local_day', 'kind'],
      ['organization_id', 'member_id', 'local_day', 'kind', 'points'],
      [...daily.values()].map(({ key, points }) => [...Object.values(key), points]),
      ['points'],
    );
    const targetRows = [...targets.values()];
    if (targetRows.length > 0) {
      const cols = Object.keys(targetRows[0].key);
      await upsertIncrement(
        manager,
        'point_target_weekly_counts',
        cols,
        [...cols, 'credits'],
        targetRows.map(({ key, credits: n }) => [...Object.values(key), n]),
        ['credits'],
      );
    }
    for (const [index, first] of repeats) results[index] = results[first];
    return results;
  }

  /**
   * Claims the counted-once keys of the batch (first occurrence wins, later ones in the batch
   * are duplicates). Keys already stored are read first; the rest are inserted, and if another
   * transaction inserted one of them meanwhile the whole transaction is retried.
   */
  private async claimDedupeKeys(scope: TenantScope, work: Pending[]): Promise<void> {
    const org = scope.tenant.organizationId;
    const wanted = [...new Set(work.flatMap((w) => (w.dedupeKey ? [w.dedupeKey] : [])))];
    const taken = await storedKeys(
      scope.manager,
      'point_dedupe_keys',
      { organization_id: org },
      'dedupe_key',
      wanted,
    );
    const claimed: string[] = [];
    for (const w of work) {
      if (!w.claims) continue;
      if (!w.dedupeKey) w.fresh = true;
      else if (!taken.has(w.dedupeKey)) {
        taken.add(w.dedupeKey);
        claimed.push(w.dedupeKey);
        w.fresh = true;
      }
    }
    const now = new Date();
    const inserted = await insertIgnoringDuplicates(
      scope.manager,
      'point_dedupe_keys',
      ['organization_id', 'dedupe_key', 'created_at'],
      claimed.map((key) => [org, key, now]),
    );
    if (inserted !== claimed.length) throw new RetryableConflictError('point_dedupe_keys');
  }

  /** Locks counter rows (see lockCounters) and returns their values by counterId. */
  private async lockedCounts(
    manager: EntityManager,
    table: string,
    keys: Record<string, unknown>[],
    column: string,
  ): Promise<Map<string, number>> {
    const values = await lockCounters(manager, table, keys, column);
    return new Map(keys.map((key, i) => [counterId(key), values[i]]));
  }

  /**
   * Reverses every entry of a source that is not yet reversed (unpublishing a post, returning
   * an approved story). Returns the number of reversal entries written.
   */
  async reverseSource(
    scope: TenantScope,
    args: {
      sourceType: string;
      sourceId: string;
      kinds?: readonly PointEventKind[];
      reason: string;
      keyPrefix: string;
      at?: Date;
    },
  ): Promise<number> {
    const entries = await scope.repo(LedgerEntryEntity).find({
      where: { sourceType: args.sourceType, sourceId: args.sourceId, reversesEntryId: IsNull() },
      order: { id: 'ASC' },
    });
    const ids = entries
      .filter((row) => !args.kinds || args.kinds.includes(row.kind as PointEventKind))
      .map((row) => row.id);
    const written = await this.reverseEntries(
      scope,
      ids,
      args.reason,
      args.keyPrefix,
      args.at ?? new Date(),
    );
    return written.length;
  }

  /**
   * Reverses the given entries (fair-play excess, …) that are not reversals themselves and not
   * yet reversed; unknown ids are skipped. Returns the entries reversed.
   */
  async reverseEntries(
    scope: TenantScope,
    ids: readonly string[],
    reason: string,
    keyPrefix: string,
    at: Date = new Date(),
  ): Promise<LedgerEntry[]> {
    if (ids.length === 0) return [];
    const settings = await this.settings(scope);
    const repo = scope.repo(LedgerEntryEntity);
    const rows = (await repo.find({ where: { id: In([...ids]), reversesEntryId: IsNull() } })).sort(
      (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const reversed = new Set(
      rows.length === 0
        ? []
        : (await repo.find({ where: { reversesEntryId: In(rows.map((r) => r.id)) } })).map(
            (r) => r.reversesEntryId,
          ),
    );
    const written = rows
      .filter((row) => !reversed.has(row.id))
      .map((row) =>
        reversalOf(toLedgerEntry(row), {
          id: uuidv7(),
          at,
          idempotencyKey: `${keyPrefix}:reverse:${row.id}`,
          reason,
        }),
      );
    const day = localDate(at, settings.timeZone);
    const keys = Object.values(totalPeriodKeys(at, settings));
    await this.writeEntries(
      scope,
      written.map((entry) => ({ entry, day, periodKeys: keys })),
    );
    if (written.length > 0) {
      const memberIds = [...new Set(written.map((r) => r.memberId))];
      scope.afterCommit(() =>
        this.bus.publish({
          type: 'pointsReversed',
          organizationId: scope.tenant.organizationId,
          memberIds,
          occurredAt: at,
        }),
      );
    }
    return written;
  }

  /**
   * Adds usage rows to the per-member daily and monthly aggregates (member_usage_days,
   * member_usage_months), one statement each.
   */
  private async addUsageDays(scope: TenantScope, usage: readonly UsageRow[]): Promise<void> {
    const contributions = usage.flatMap((u) =>
      usageDayContributions(u).map((c) => ({ ...c, kind: u.kind, day: u.localDay })),
    );
    await addSums(
      scope,
      'member_usage_days',
      ['member_id', 'role', 'kind', 'local_day'],
      ['genuine', 'counted'],
      contributions.map((c) => ({
        key: [c.memberId, c.role, c.kind, c.day],
        sums: [c.genuine, c.counted],
      })),
    );
    await addSums(
      scope,
      'member_usage_months',
      ['month', 'member_id', 'role', 'kind'],
      ['genuine', 'counted'],
      contributions.map((c) => ({
        key: [monthOfDay(c.day), c.memberId, c.role, c.kind],
        sums: [c.genuine, c.counted],
      })),
    );
  }

  /**
   * Inserts entries and adds them to their members' running totals and to the monthly source
   * sums (member_source_months), in three statements.
   */
  private async writeEntries(
    scope: TenantScope,
    entries: readonly { entry: LedgerEntry; day: string; periodKeys: readonly string[] }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const now = new Date();
    await insertRows(
      scope.manager,
      'ledger_entries',
      LEDGER_COLUMNS,
      entries.map(({ entry: e, day }) => [
        e.id,
        scope.tenant.organizationId,
        e.memberId,
        e.points,
        e.kind,
        e.category,
        e.ruleVersion,
        e.sourceType,
        e.sourceId,
        e.actorId,
        e.occurredAt,
        day,
        e.idempotencyKey,
        e.reversesEntryId,
        e.reason,
        now,
      ]),
    );
    const totals = new Map<string, [string, string, number]>();
    for (const { entry, periodKeys: keys } of entries) {
      for (const key of keys) {
        const id = `${entry.memberId}\u0000${key}`;
        const total = totals.get(id) ?? totals.set(id, [entry.memberId, key, 0]).get(id)!;
        total[2] += entry.points;
      }
    }
    await addSums(
      scope,
      'member_source_months',
      ['month', 'member_id', 'category', 'source_type', 'source_id'],
      ['points'],
      entries.map(({ entry, day }) => ({
        key: [monthOfDay(day), entry.memberId, entry.category, entry.sourceType, entry.sourceId],
        sums: [entry.points],
      })),
    );
    await upsertIncrement(
      scope.manager,
      'member_point_totals',
      ['organization_id', 'member_id', 'period_key'],
      ['organization_id', 'member_id', 'period_key', 'points', 'updated_at'],
      // Sorted keys: concurrent writers lock the same member's rows in the same order.
      [...totals.keys()].sort().map((id) => {
        const [memberId, key, points] = totals.get(id)!;
        return [scope.tenant.organizationId, memberId, key, points, now];
      }),
      ['points'],
      ['updated_at'],
    );
  }
}

/**
 * Adds `sums` per key to a counter table of the organization in one upsert: rows with the same
 * key are summed first, and keys are sorted so concurrent writers lock shared rows in the same
 * order.
 */
async function addSums(
  scope: TenantScope,
  table: string,
  keyColumns: readonly string[],
  sumColumns: readonly string[],
  rows: readonly { key: readonly string[]; sums: readonly number[] }[],
): Promise<void> {
  const summed = new Map<string, { key: readonly string[]; sums: number[] }>();
  for (const { key, sums } of rows) {
    const id = key.join('\u0000');
    const row = summed.get(id);
    if (row) sums.forEach((n, i) => (row.sums[i] += n));
    else summed.set(id, { key, sums: [...sums] });
  }
  const org = scope.tenant.organizationId;
  await upsertIncrement(
    scope.manager,
    table,
    ['organization_id', ...keyColumns],
    ['organization_id', ...keyColumns, ...sumColumns],
    [...summed.keys()].sort().map((id) => [org, ...summed.get(id)!.key, ...summed.get(id)!.sums]),
    sumColumns,
  );
}

/** A counter row's key as one string (column values in column order). */
const counterId = (key: Record<string, unknown>): string =>
  Object.values(key)
    .map((v) => String(v))
    .join('\u0000');
