import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  badgeDisplayName,
  badgesToAward,
  earnedKey,
  membersWithMovedMetrics,
  type BadgeDefinition,
  type BadgeLevel,
  type BadgeTier,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { ActivityBus } from '../../../common/events/activity-bus';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { JobLock } from '../../../common/redis/job-lock';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { insertIfAbsent } from '../../../database/dialect-sql';
import { MemberEntity } from '../../identity/entities/member.entity';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import { UsageEventEntity } from '../../points/entities/usage-event.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { MemberBadgeEntity, NO_TIER, tierOf } from '../entities/member-badge.entity';
import { BadgeCatalogService } from './badge-catalog.service';
import { MemberMetricsService } from './member-metrics.service';

export const REASON_MAX_LENGTH = 500;

/**
 * Members evaluated together by a catch-up (one set of reads per group instead of per member).
 * The after-usage queue evaluates one member at a time: measured under a burst of views,
 * groups there took more of the process (the queue drained faster and coalesced less) in
 * longer uninterrupted stretches, and views got slower.
 */
const CATCH_UP_GROUP = 25;

type QueuedEvaluation = {
  tenant: Tenant;
  memberId: string;
  settle: (n: number) => void;
  done: Promise<number>;
};

/** The lock of the catch-up across API processes (see JobLock). */
export const BADGE_CATCH_UP_JOB = 'badge-catch-up';
const CATCH_UP_LOCK_TTL_MS = 60_000;

type Grant = {
  badge: BadgeDefinition;
  level: BadgeLevel;
  awardedBy: string | null;
  reason: string | null;
};

/**
 * The awarding engine. Listens to activity events and re-evaluates the members they touch;
 * awards are insert-if-absent on member_badges' unique (organization, member, badge, tier), in
 * the same transaction as the badge's ledger entry (key `badge:<memberBadgeId>`), so
 * concurrent evaluations award and pay exactly once. 'badgeEarned' is published after commit.
 *
 * 'pointsReversed' is deliberately ignored: a badge once earned stays earned (the metrics are
 * counts of things that happened, and the ledger reversal already takes the points context).
 */
@Injectable()
export class BadgeAwardService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BadgeAwardService.name);
  /**
   * Per-process on purpose: it only coalesces this process's concurrent evaluations of one
   * member. Two processes evaluating the same member at once stay correct (awards are
   * insert-if-absent on a unique key, paid in the same transaction).
   */
  private readonly inflight = new Map<string, { again: boolean; promise: Promise<number> }>();
  private readonly background = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Members waiting for evaluateSoon, in arrival order (Map iteration sees later additions). */
  private readonly queued = new Map<string, QueuedEvaluation>();
  private draining = false;

  /** When this process's previous catch-up began (null: none yet, evaluate everyone). */
  private lastCatchUpStart: Date | null = null;

  constructor(
    private readonly db: TenantDataSource,
    private readonly dataSource: DataSource,
    private readonly bus: ActivityBus,
    private readonly ledger: PointsLedgerService,
    private readonly catalogue: BadgeCatalogService,
    private readonly metrics: MemberMetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lock: JobLock,
  ) {}

  onModuleInit(): void {
    this.bus.on('usage', async (e) => {
      // Only members whose metrics the event moves (not badge awards themselves: no loop).
      const tenant = { organizationId: e.organizationId };
      await Promise.all(membersWithMovedMetrics(e).map((id) => this.evaluateSoon(tenant, id)));
    });
    this.bus.on('guidelineAcknowledged', async (e) => {
      await this.evaluateMember({ organizationId: e.organizationId }, e.memberId);
    });
    this.bus.on('memberJoined', async (e) => {
      await this.evaluateMember({ organizationId: e.organizationId }, e.memberId);
    });
    // A new ambassador gets the ambassador badge right away.
    this.bus.on('memberRolesChanged', async (e) => {
      await this.evaluateMember({ organizationId: e.organizationId }, e.memberId);
    });
    this.bus.on('storyReviewed', async (e) => {
      if (e.decision === 'approved') {
        await this.evaluateMember({ organizationId: e.organizationId }, e.authorId);
      }
    });
    this.bus.on('challengeClosed', async (e) => {
      const tenant = { organizationId: e.organizationId };
      for (const memberId of new Set(e.winnerMemberIds)) {
        await this.db.transaction(tenant, (scope) =>
          insertIfAbsent(
            scope.manager,
            'member_challenge_wins',
            ['organization_id', 'member_id', 'challenge_id', 'won_at'],
            [e.organizationId, memberId, e.challengeId, e.occurredAt],
          ),
        );
        await this.evaluateMember(tenant, memberId);
      }
    });
  }

  /**
   * Catch-up at startup and every 10 minutes; off in tests (call evaluateOrganization). With
   * Redis one process runs it (the job lock), and the lock is kept for most of the interval:
   * about one catch-up per interval across all processes, not one per process. The first run
   * of a process evaluates every member (events a crash left unhandled are older than the
   * restart); later runs only the members with usage since this process's previous run began.
   */
  onApplicationBootstrap(): void {
    const interval = this.config.badgeCatchUpIntervalMs;
    if (this.config.nodeEnv === 'test' || interval === 0) return;
    const options = { ttlMs: CATCH_UP_LOCK_TTL_MS, holdAfterMs: Math.floor(interval * 0.8) };
    const run = () =>
      this.track(this.lock.run(BADGE_CATCH_UP_JOB, options, () => this.catchUpAll()));
    setTimeout(run, 5_000).unref();
    this.timer = setInterval(run, interval);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.background]);
    await Promise.allSettled([...this.inflight.values()].map((s) => s.promise));
  }

  /** Runs `work` in the background, logging failures; awaited on shutdown. */
  track(work: Promise<unknown>): void {
    const p = work
      .catch((error: unknown) =>
        this.logger.error(
          `Badge evaluation failed: ${error instanceof Error ? error.stack : String(error)}`,
        ),
      )
      .finally(() => this.background.delete(p));
    this.background.add(p);
  }

  /** Resolves when background work (catch-up, new-badge backfill) has finished: for tests. */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background]);
  }

  private async catchUpAll(): Promise<void> {
    const started = new Date();
    const since = this.lastCatchUpStart;
    const orgs = await this.dataSource
      .getRepository(OrganizationEntity)
      .find({ select: { id: true } });
    for (const org of orgs) {
      if (this.stopped) return;
      const tenant = { organizationId: org.id };
      await (since ? this.evaluateActiveSince(tenant, since) : this.evaluateOrganization(tenant));
    }
    this.lastCatchUpStart = started;
  }

  /**
   * Evaluates the members who acted or earned since `since` (usage rows are keyed by UUIDv7,
   * so "written since" is a primary-key range); returns the awards made.
   */
  async evaluateActiveSince(tenant: Tenant, since: Date): Promise<number> {
    const rows = await this.db
      .scope(tenant)
      .repo(UsageEventEntity)
      .query('u')
      .select(['u.actorId AS actor', 'u.earnerId AS earner'])
      .andWhere('u.id >= :from', { from: uuidv7LowerBound(since) })
      .distinct(true)
      .getRawMany<{ actor: string | null; earner: string }>();
    const members = [...new Set(rows.flatMap((r) => (r.actor ? [r.actor, r.earner] : [r.earner])))];
    return this.evaluateInGroups(tenant, members.sort());
  }

  /** Backfill: evaluates every active member of the organization; returns the awards made. */
  async evaluateOrganization(tenant: Tenant): Promise<number> {
    const members = await this.db
      .scope(tenant)
      .repo(MemberEntity)
      .find({ where: { active: true }, select: { id: true }, order: { id: 'ASC' } });
    return this.evaluateInGroups(
      tenant,
      members.map((m) => m.id),
    );
  }

  /** Catch-up: evaluates members CATCH_UP_GROUP at a time; returns the awards made. */
  private async evaluateInGroups(tenant: Tenant, memberIds: readonly string[]): Promise<number> {
    let awarded = 0;
    for (let i = 0; i < memberIds.length && !this.stopped; i += CATCH_UP_GROUP) {
      const made = await this.evaluateMany(tenant, memberIds.slice(i, i + CATCH_UP_GROUP));
      for (const n of made.values()) awarded += n;
    }
    return awarded;
  }

  /**
   * Coalesces bursts: while a member is being evaluated, further requests for them share the
   * running evaluation and cause one more pass after it (so nothing committed meanwhile is missed).
   */
  /**
   * Queues a member for evaluation after usage. One evaluation runs at a time and a member
   * queued twice is evaluated once, so under a burst of views the work follows the number of
   * distinct members, not of events (evaluation reads the member's history), and the badge
   * pipeline never crowds out the writes that feed it. Resolves once the member is evaluated.
   */
  private evaluateSoon(tenant: Tenant, memberId: string): Promise<number> {
    const key = `${tenant.organizationId}:${memberId}`;
    const queued = this.queued.get(key);
    if (queued) return queued.done;
    let settle!: (n: number) => void;
    const done = new Promise<number>((resolve) => (settle = resolve));
    this.queued.set(key, { tenant, memberId, settle, done });
    if (!this.draining) {
      this.draining = true;
      setImmediate(() => void this.drainQueue());
    }
    return done;
  }

  private async drainQueue(): Promise<void> {
    try {
      for (const [key, item] of this.queued) {
        this.queued.delete(key);
        let awarded = 0;
        const started = performance.now();
        try {
          if (!this.stopped) awarded = await this.evaluateMember(item.tenant, item.memberId);
        } catch (error) {
          this.logger.error(`Badge evaluation failed: ${(error as Error).message}`);
        }
        item.settle(awarded);
        // Duty cycle: under a burst, pause as long as the evaluation took, so the badge
        // pipeline uses at most about half the process and the writes feeding it keep pace.
        if (this.queued.size > 0 && !this.stopped) {
          const took = performance.now() - started;
          await new Promise((resolve) => setTimeout(resolve, Math.min(took, 100)));
        }
      }
    } finally {
      this.draining = false;
    }
  }

  evaluateMember(tenant: Tenant, memberId: string): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    const key = `${tenant.organizationId}:${memberId}`;
    const running = this.inflight.get(key);
    if (running) {
      running.again = true;
      return running.promise;
    }
    const state = { again: false, promise: Promise.resolve(0) };
    state.promise = (async () => {
      let total = 0;
      try {
        do {
          state.again = false;
          total += await this.evaluate(tenant, memberId);
        } while (state.again && !this.stopped);
      } finally {
        this.inflight.delete(key);
      }
      return total;
    })();
    this.inflight.set(key, state);
    return state.promise;
  }

  /** One evaluation pass (not coalesced: safe to run concurrently). Returns the awards made. */
  async evaluate(tenant: Tenant, memberId: string): Promise<number> {
    return (await this.evaluateMany(tenant, [memberId])).get(memberId) ?? 0;
  }

  /**
   * One evaluation pass for a group of members of an organization (a few dozen: each read is
   * one IN list), with the reads of one
   * (members, catalogue, metrics, earned badges: IN lists); awards are then granted one by one,
   * each in its own transaction. Not coalesced: safe to run concurrently. Returns the awards
   * made per active member.
   */
  async evaluateMany(tenant: Tenant, memberIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const scope = this.db.scope(tenant);
    const active = (
      await scope.repo(MemberEntity).find({
        where: { id: In([...new Set(memberIds)]), active: true },
        select: { id: true },
      })
    ).map((m) => m.id);
    if (active.length === 0) return out;
    const badges = await this.catalogue.catalogue(scope);
    const metrics = await this.metrics.metricsMany(scope, active);
    const earned = new Map(active.map((id) => [id, new Set<string>()]));
    const rows = await scope.repo(MemberBadgeEntity).find({
      where: { memberId: In(active) },
      select: { memberId: true, badgeCode: true, tier: true },
    });
    for (const e of rows) earned.get(e.memberId)?.add(earnedKey(e.badgeCode, tierOf(e.tier)));
    for (const memberId of active) {
      let awarded = 0;
      for (const award of badgesToAward(badges, metrics.get(memberId)!, earned.get(memberId)!)) {
        const row = await this.grant(tenant, memberId, {
          badge: award.badge,
          level: award.level,
          awardedBy: null,
          reason: null,
        });
        if (row) awarded += 1;
      }
      out.set(memberId, awarded);
    }
    return out;
  }

  /** An admin's award with a reason; BAD_USER_INPUT when the member already has that tier. */
  async awardManually(
    viewer: Viewer,
    memberId: string,
    badgeCode: string,
    reason: string,
    tier: BadgeTier | null,
  ): Promise<MemberBadgeEntity> {
    const why = (reason ?? '').normalize('NFC').trim();
    if (why.length === 0 || [...why].length > REASON_MAX_LENGTH) {
      throw BadUserInputError.field(
        'reason',
        why.length === 0 ? 'badge.reasonRequired' : 'badge.reasonTooLong',
        `Give a reason of 1 to ${REASON_MAX_LENGTH} characters.`,
      );
    }
    const member = await this.db.scope(viewer).repo(MemberEntity).findOneBy({ id: memberId });
    if (!member) throw new NotFoundError('Member');
    const badge = await this.catalogue.find(viewer, badgeCode);
    if (!badge) throw new NotFoundError('Badge');
    const level = tier
      ? badge.levels.find((l) => l.tier === tier)
      : (badge.levels.find((l) => l.tier === null) ?? badge.levels[0]);
    if (!level) {
      throw BadUserInputError.field('tier', 'badge.unknownTier', 'This badge has no such tier.');
    }
    const row = await this.grant(viewer, memberId, {
      badge,
      level,
      awardedBy: viewer.memberId,
      reason: why,
    });
    if (!row) {
      throw BadUserInputError.field(
        'badgeId',
        'badge.alreadyEarned',
        'The member already has this badge.',
      );
    }
    return row;
  }

  /**
   * Inserts the award if absent and pays its points in the same transaction. Returns the new
   * row, or null when the member already had it (another evaluation won the race).
   */
  private grant(tenant: Tenant, memberId: string, g: Grant): Promise<MemberBadgeEntity | null> {
    return this.db.transaction(tenant, async (scope) => {
      const now = new Date();
      const id = uuidv7();
      const tier = g.level.tier ?? NO_TIER;
      const inserted = await insertIfAbsent(
        scope.manager,
        'member_badges',
        [
          'id',
          'organization_id',
          'member_id',
          'badge_code',
          'tier',
          'points',
          'awarded_by',
          'reason',
          'awarded_at',
        ],
        [
          id,
          tenant.organizationId,
          memberId,
          g.badge.code,
          tier,
          g.level.points,
          g.awardedBy,
          g.reason,
          now,
        ],
      );
      if (!inserted) return null;
      let points = 0;
      if (g.level.points > 0) {
        const paid = await this.ledger.record(
          scope,
          {
            kind: 'badgeAwarded',
            earnerId: memberId,
            actorId: g.awardedBy,
            sourceType: 'badge',
            sourceId: id,
            occurredAt: now,
            amount: g.level.points,
          },
          `badge:${id}`,
        );
        points = paid.counted ? paid.points : 0;
        if (points !== g.level.points) {
          await scope.repo(MemberBadgeEntity).update({ id }, { points });
        }
      }
      const row = scope.repo(MemberBadgeEntity).create({
        id,
        memberId,
        badgeCode: g.badge.code,
        tier,
        points,
        awardedBy: g.awardedBy,
        reason: g.reason,
        awardedAt: now,
      });
      scope.afterCommit(() =>
        this.bus.publish({
          type: 'badgeEarned',
          organizationId: tenant.organizationId,
          memberBadgeId: id,
          memberId,
          badgeCode: g.badge.code,
          name: badgeDisplayName(g.badge, g.level.tier),
          tier: g.level.tier,
          points,
          occurredAt: now,
        }),
      );
      return row;
    });
  }
}

/** The smallest UUIDv7 of the given millisecond: ids written at or after it compare >= it. */
export function uuidv7LowerBound(at: Date): string {
  const hex = Math.max(0, at.getTime()).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}
