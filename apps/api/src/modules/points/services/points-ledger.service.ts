import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  decideAward,
  dedupeKeyFor,
  isPerTargetCapped,
  ledgerEntryFor,
  periodKeys,
  perTargetCapReached,
  localDate,
  reversalOf,
  totalPeriodKeys,
  type LedgerEntry,
  type PeriodSettings,
  type PointEvent,
  type PointEventKind,
  type UncountedReason,
} from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { insertIfAbsent, lockCounter, upsertIncrement } from '../../../database/dialect-sql';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { UsageEventEntity } from '../entities/usage-event.entity';
import { PointRulesService } from './point-rules.service';
import { ActivityBus } from '../../../common/events/activity-bus';

export type RecordedAward =
  | { counted: true; entryId: string; points: number; earnerId: string }
  | { counted: false; reason: UncountedReason };

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
  ) {}

  private publishUsage(scope: TenantScope, event: PointEvent, counted: boolean, points: number) {
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
        counted,
        points,
      }),
    );
  }

  async settings(scope: TenantScope): Promise<PeriodSettings> {
    const org = await scope.manager
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: scope.tenant.organizationId });
    return { timeZone: org.timeZone, fiscalYearStartMonth: org.fiscalYearStartMonth };
  }

  /** Records an event; `entryKey` makes the ledger entry unique (a retry never pays twice). */
  async record(scope: TenantScope, event: PointEvent, entryKey: string): Promise<RecordedAward> {
    const org = scope.tenant.organizationId;
    const settings = await this.settings(scope);
    const ruleSet = await this.rules.current(scope);
    const day = localDate(event.occurredAt, settings.timeZone);
    const manager = scope.manager;

    const existing = await scope.repo(LedgerEntryEntity).findOneBy({ idempotencyKey: entryKey });
    if (existing) {
      return {
        counted: true,
        entryId: existing.id,
        points: existing.points,
        earnerId: existing.memberId,
      };
    }

    const targetKey =
      isPerTargetCapped(event.kind) && event.actorId && event.actorId !== event.earnerId
        ? {
            organization_id: org,
            actor_id: event.actorId,
            earner_id: event.earnerId,
            week_key: periodKeys(event.occurredAt, settings).week,
            kind: event.kind,
          }
        : null;

    // Decide the self-action case before claiming a counted-once key, so it is not consumed.
    const probe = decideAward(event, {
      ruleSet,
      settings,
      earnedTodayForKind: 0,
      alreadyCountedToday: false,
    });
    let decision = probe;
    if (probe.counted || probe.reason !== 'selfAction') {
      const key = dedupeKeyFor(event, settings);
      const fresh = key
        ? await insertIfAbsent(
            manager,
            'point_dedupe_keys',
            ['organization_id', 'dedupe_key', 'created_at'],
            [org, key, new Date()],
          )
        : true;
      // Per-target weekly cap (likes, kudos): lock the (actor, earner, week, kind) row first;
      // every path locks it before the earner's daily row, so the lock order is fixed.
      let capped = false;
      if (fresh && targetKey) {
        capped = perTargetCapReached(
          await lockCounter(manager, 'point_target_weekly_counts', targetKey, 'credits'),
        );
      }
      let earnedToday = 0;
      if (fresh && !capped) {
        // Lock the earner's (day, kind) row: concurrent events of this kind for this earner
        // serialize here, so the cap holds exactly; other members' rows stay free.
        earnedToday = await lockCounter(
          manager,
          'member_daily_earnings',
          { organization_id: org, member_id: event.earnerId, local_day: day, kind: event.kind },
          'points',
        );
      }
      decision = capped
        ? { counted: false, reason: 'perTargetCap', dedupeKey: key }
        : decideAward(event, {
            ruleSet,
            settings,
            earnedTodayForKind: earnedToday,
            alreadyCountedToday: !fresh,
          });
    }

    await scope.repo(UsageEventEntity).insert(
      scope.repo(UsageEventEntity).create({
        id: uuidv7(),
        kind: event.kind,
        actorId: event.actorId,
        earnerId: event.earnerId,
        sourceType: event.sourceType,
        sourceId: event.sourceId,
        counted: decision.counted,
        uncountedReason: decision.counted ? null : decision.reason,
        occurredAt: event.occurredAt,
        localDay: day,
      }),
    );
    if (!decision.counted) {
      this.publishUsage(scope, event, false, 0);
      return { counted: false, reason: decision.reason };
    }

    const entry = ledgerEntryFor(decision, event, { id: uuidv7(), idempotencyKey: entryKey });
    await this.writeEntry(scope, entry, day, Object.values(decision.periodKeys));
    await upsertIncrement(
      manager,
      'member_daily_earnings',
      ['organization_id', 'member_id', 'local_day', 'kind'],
      ['organization_id', 'member_id', 'local_day', 'kind', 'points'],
      [[org, event.earnerId, day, event.kind, entry.points]],
      ['points'],
    );
    if (targetKey) {
      await upsertIncrement(
        manager,
        'point_target_weekly_counts',
        Object.keys(targetKey),
        [...Object.keys(targetKey), 'credits'],
        [[...Object.values(targetKey), 1]],
        ['credits'],
      );
    }
    this.publishUsage(scope, event, true, entry.points);
    return { counted: true, entryId: entry.id, points: entry.points, earnerId: entry.memberId };
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
    const written: LedgerEntry[] = [];
    for (const row of rows) {
      if (reversed.has(row.id)) continue;
      const reversal = reversalOf(toLedgerEntry(row), {
        id: uuidv7(),
        at,
        idempotencyKey: `${keyPrefix}:reverse:${row.id}`,
        reason,
      });
      await this.writeEntry(
        scope,
        reversal,
        localDate(at, settings.timeZone),
        Object.values(totalPeriodKeys(at, settings)),
      );
      written.push(reversal);
    }
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

  private async writeEntry(
    scope: TenantScope,
    entry: LedgerEntry,
    day: string,
    periodKeys: string[],
  ): Promise<void> {
    const repo = scope.repo(LedgerEntryEntity);
    await repo.insert(
      repo.create({
        ...entry,
        localDay: day,
        createdAt: new Date(),
      }),
    );
    const now = new Date();
    await upsertIncrement(
      scope.manager,
      'member_point_totals',
      ['organization_id', 'member_id', 'period_key'],
      ['organization_id', 'member_id', 'period_key', 'points', 'updated_at'],
      // Sorted keys: concurrent writers lock the same member's rows in the same order.
      [...periodKeys]
        .sort()
        .map((key) => [scope.tenant.organizationId, entry.memberId, key, entry.points, now]),
      ['points'],
      ['updated_at'],
    );
  }
}
