import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  dampedKudosPoints,
  kudosBudget,
  kudosPairWindowStart,
  periodKeys,
  validateKudos,
  type KudosBudget,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { ActivityBus } from '../../../common/events/activity-bus';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { lockCounter } from '../../../database/dialect-sql';
import { MemberEntity } from '../../identity/entities/member.entity';
import { IdempotencyService } from '../../points/services/idempotency.service';
import { PointRulesService } from '../../points/services/point-rules.service';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { KudosBudgetCounterEntity } from '../entities/kudos-budget-counter.entity';
import { KudosEntity } from '../entities/kudos.entity';
import { RecognitionValueEntity } from '../entities/recognition-value.entity';
import { FeedService } from './feed.service';
import { RecognitionValuesService } from './recognition-values.service';

export type KudosInput = {
  receiverId: string;
  valueId: string;
  message: string;
  idempotencyKey?: string | null;
};

export const REVERSAL_REASON_MAX_LENGTH = 500;

/**
 * Giving kudos: validated in the domain (message, self, budget), the giver's monthly counter
 * locked so the budget holds under concurrency, points to the receiver through the ledger
 * (pair damping as the amount; the ledger applies the per-target weekly cap), all in one
 * transaction; `kudosGiven` is published after commit (feed, notification, badges).
 */
@Injectable()
export class KudosService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly values: RecognitionValuesService,
    private readonly ledger: PointsLedgerService,
    private readonly rules: PointRulesService,
    private readonly idempotency: IdempotencyService,
    private readonly feed: FeedService,
    private readonly bus: ActivityBus,
  ) {}

  /** `now` is only for seeding history (the demo); requests use the current time. */
  async give(viewer: Viewer, input: KudosInput, now = new Date()): Promise<KudosEntity> {
    await this.values.ensureDefaults(viewer);
    const args = { receiverId: input.receiverId, valueId: input.valueId, message: input.message };
    const { kudosId } = input.idempotencyKey
      ? await this.idempotency.run(viewer, 'giveKudos', args, input.idempotencyKey, (scope) =>
          this.giveIn(scope, viewer, args, now),
        )
      : await this.db.transaction(viewer, (scope) => this.giveIn(scope, viewer, args, now));
    return this.get(viewer, kudosId);
  }

  private async giveIn(
    scope: TenantScope,
    viewer: Viewer,
    input: KudosInput,
    now: Date,
  ): Promise<{ kudosId: string }> {
    const receiver = await scope
      .repo(MemberEntity)
      .findOneBy({ id: input.receiverId, active: true });
    if (!receiver) {
      throw BadUserInputError.field(
        'receiverId',
        'kudos.receiverNotFound',
        'Choose an active member of your organization.',
      );
    }
    const value = await this.values.activeValue(scope, input.valueId);
    const settings = await this.ledger.settings(scope);
    const month = periodKeys(now, settings).month;
    const { monthlyKudosBudget } = await this.values.settings(scope);
    // The giver's counter row for the month, locked until commit: concurrent kudos of the same
    // giver queue here, so the budget cannot be overrun.
    const used = await lockCounter(
      scope.manager,
      'kudos_budget_counters',
      { organization_id: viewer.organizationId, giver_id: viewer.memberId, month },
      'used',
    );
    const valid = validateKudos({
      giverId: viewer.memberId,
      receiverId: receiver.id,
      message: input.message,
      usedThisMonth: used,
      monthlyBudget: monthlyKudosBudget,
    });
    if (!valid.ok) throw new BadUserInputError(valid.errors);

    const prior = await scope
      .repo(KudosEntity)
      .query('k')
      .andWhere(
        '((k.giverId = :a AND k.receiverId = :b) OR (k.giverId = :b AND k.receiverId = :a))',
        { a: viewer.memberId, b: receiver.id },
      )
      .andWhere('k.createdAt >= :since AND k.reversedAt IS NULL', {
        since: kudosPairWindowStart(now),
      })
      .getCount();
    const rulePoints = (await this.rules.current(scope)).rules.kudosReceived.points;
    const kudosId = uuidv7();
    const award = await this.ledger.record(
      scope,
      {
        kind: 'kudosReceived',
        earnerId: receiver.id,
        actorId: viewer.memberId,
        sourceType: 'kudos',
        sourceId: kudosId,
        occurredAt: now,
        amount: dampedKudosPoints(rulePoints, prior),
      },
      `kudos:${kudosId}`,
    );
    const points = award.counted ? award.points : 0;
    const repo = scope.repo(KudosEntity);
    await repo.insert(
      repo.create({
        id: kudosId,
        giverId: viewer.memberId,
        receiverId: receiver.id,
        valueId: value.id,
        message: valid.value.message,
        points,
        budgetMonth: month,
        createdAt: now,
        reversedAt: null,
        reversedBy: null,
        reversalReason: null,
      }),
    );
    await scope
      .repo(KudosBudgetCounterEntity)
      .update({ giverId: viewer.memberId, month }, { used: used + 1 });
    scope.afterCommit(() =>
      this.bus.publish({
        type: 'kudosGiven',
        organizationId: viewer.organizationId,
        kudosId,
        giverId: viewer.memberId,
        receiverId: receiver.id,
        message: valid.value.message,
        valueLabel: value.label,
        points,
        occurredAt: now,
      }),
    );
    return { kudosId };
  }

  async get(tenant: Tenant, id: string): Promise<KudosEntity> {
    const kudos = await this.db.scope(tenant).repo(KudosEntity).findOneBy({ id });
    if (!kudos) throw new NotFoundError('Kudos');
    return kudos;
  }

  async budget(viewer: Viewer): Promise<KudosBudget> {
    const scope = this.db.scope(viewer);
    const settings = await this.ledger.settings(scope);
    const month = periodKeys(new Date(), settings).month;
    const { monthlyKudosBudget } = await this.values.settings(scope);
    const row = await scope
      .repo(KudosBudgetCounterEntity)
      .findOneBy({ giverId: viewer.memberId, month });
    return kudosBudget(monthlyKudosBudget, row?.used ?? 0);
  }

  /**
   * Admin reversal: a reversal entry cancels the receiver's points (ledger.reverseSource), the
   * kudos is marked reversed and leaves the feed. A second call changes nothing.
   */
  async reverse(viewer: Viewer, id: string, rawReason: string): Promise<KudosEntity> {
    const reason = rawReason.trim();
    if (reason.length === 0 || reason.length > REVERSAL_REASON_MAX_LENGTH) {
      throw BadUserInputError.field(
        'reason',
        reason.length === 0 ? 'kudos.reasonRequired' : 'kudos.reasonTooLong',
        `Give a reason (1–${REVERSAL_REASON_MAX_LENGTH} characters).`,
      );
    }
    await this.db.transaction(viewer, async (scope) => {
      const repo = scope.repo(KudosEntity);
      if (!(await repo.existsBy({ id }))) throw new NotFoundError('Kudos');
      const now = new Date();
      // Claims the reversal atomically (row lock): a concurrent or repeated call changes nothing.
      const claimed = await repo.update(
        { id, reversedAt: IsNull() },
        { reversedAt: now, reversedBy: viewer.memberId, reversalReason: reason },
      );
      if (claimed === 0) return;
      await this.ledger.reverseSource(scope, {
        sourceType: 'kudos',
        sourceId: id,
        reason,
        keyPrefix: `kudos:${id}`,
        at: now,
      });
      await this.feed.removeBySource(scope, `kudos:${id}`);
    });
    return this.get(viewer, id);
  }

  /** Value labels for the points history ("称賛をもらった（挑戦）"). */
  async titles(tenant: Tenant, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const scope = this.db.scope(tenant);
    const rows = await scope.repo(KudosEntity).findBy({ id: In(ids) });
    const values = await scope
      .repo(RecognitionValueEntity)
      .findBy({ id: In([...new Set(rows.map((r) => r.valueId))]) });
    const label = new Map(values.map((v) => [v.id, v.label]));
    return new Map(rows.map((r) => [r.id, label.get(r.valueId) ?? '']));
  }
}
