import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  customEvaluationPeriod,
  EVALUATION_PERIOD_NAME_MAX,
  evaluationPeriodPresets,
  fiscalYearOf,
  normalizePresetKey,
  parsePeriodKey,
  type ContributionRow,
  type EvaluationPeriodPreset,
  type PointRuleSet,
} from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { EvaluationPeriodEntity } from '../entities/evaluation-period.entity';
import { EvaluationSnapshotEntity } from '../entities/evaluation-snapshot.entity';
import { ContributionRowsService } from './contribution-rows.service';

export type CreatePeriodInput = {
  presetKey?: string | null;
  name?: string | null;
  firstDay?: string | null;
  lastDay?: string | null;
};

const SNAPSHOT_BATCH = 200;

/** A period resolved for the command line without being stored (open, never locked). */
const UNSAVED = {
  status: 'open',
  lockedAt: null,
  lockedBy: null,
  lockedRulesJson: null,
  snapshotRows: null,
  createdBy: null,
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Evaluation periods (評価期間): fiscal presets and custom ranges; locking snapshots rows. */
@Injectable()
export class EvaluationPeriodsService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly rows: ContributionRowsService,
  ) {}

  list(tenant: Tenant): Promise<EvaluationPeriodEntity[]> {
    return this.db
      .scope(tenant)
      .repo(EvaluationPeriodEntity)
      .find({ order: { firstDay: 'DESC', lastDay: 'DESC', id: 'ASC' } });
  }

  /** Presets of the current and previous fiscal year that are not periods yet. */
  async availablePresets(tenant: Tenant, now = new Date()): Promise<EvaluationPeriodPreset[]> {
    const settings = await this.ledger.settings(this.db.scope(tenant));
    const year = fiscalYearOf(now, settings);
    const taken = new Set((await this.list(tenant)).map((p) => p.presetKey));
    return [
      ...evaluationPeriodPresets(year, settings),
      ...evaluationPeriodPresets(year - 1, settings),
    ]
      .filter((p) => !taken.has(p.key))
      .filter((p) => p.start.getTime() <= now.getTime());
  }

  async get(tenant: Tenant, id: string): Promise<EvaluationPeriodEntity> {
    const period = UUID.test(id)
      ? await this.db.scope(tenant).repo(EvaluationPeriodEntity).findOneBy({ id })
      : null;
    if (!period) throw new NotFoundError('Evaluation period');
    return period;
  }

  /**
   * A period by id or preset key (FY2026-H1, 2026-H1, 2026-Q3). A preset that is not a period
   * yet resolves to an unsaved, open period (the command line exports it without creating it).
   */
  async resolve(tenant: Tenant, idOrKey: string): Promise<EvaluationPeriodEntity> {
    if (UUID.test(idOrKey)) return this.get(tenant, idOrKey);
    const days = /^\s*(\S+)\s*\.\.\s*(\S+)\s*$/.exec(idOrKey);
    if (days) {
      const settings = await this.ledger.settings(this.db.scope(tenant));
      const range = customEvaluationPeriod({ firstDay: days[1], lastDay: days[2] }, settings);
      if (!range.ok) throw new BadUserInputError(range.errors);
      return this.db
        .scope(tenant)
        .repo(EvaluationPeriodEntity)
        .create({
          ...UNSAVED,
          id: uuidv7(),
          name: `${range.value.firstDay}..${range.value.lastDay}`,
          firstDay: range.value.firstDay,
          lastDay: range.value.lastDay,
          kind: 'custom',
          presetKey: null,
          createdAt: new Date(),
        });
    }
    const key = normalizePresetKey(idOrKey);
    if (!key) {
      throw BadUserInputError.field(
        'period',
        'period.unknown',
        `Unknown period "${idOrKey}": give a period id, a fiscal half or quarter such as 2026-H1 or 2026-Q3, or days as 2026-04-01..2026-06-30.`,
      );
    }
    const repo = this.db.scope(tenant).repo(EvaluationPeriodEntity);
    const existing = await repo.findOneBy({ presetKey: key });
    if (existing) return existing;
    const settings = await this.ledger.settings(this.db.scope(tenant));
    const preset = parsePeriodKey(key, settings);
    if (!preset) throw new NotFoundError('Evaluation period');
    return repo.create({
      ...UNSAVED,
      id: uuidv7(),
      name: preset.label.ja,
      firstDay: preset.firstDay,
      lastDay: preset.lastDay,
      kind: 'preset',
      presetKey: key,
      createdAt: new Date(),
    });
  }

  async create(
    tenant: Tenant,
    actorId: string,
    input: CreatePeriodInput,
  ): Promise<EvaluationPeriodEntity> {
    const repo = this.db.scope(tenant).repo(EvaluationPeriodEntity);
    const settings = await this.ledger.settings(this.db.scope(tenant));
    let entity: EvaluationPeriodEntity;
    if (input.presetKey) {
      const key = normalizePresetKey(input.presetKey);
      const preset = key ? parsePeriodKey(key, settings) : null;
      if (!key || !preset) {
        throw BadUserInputError.field(
          'presetKey',
          'period.unknownPreset',
          `Unknown preset "${input.presetKey}": use a fiscal half or quarter such as FY2026-H1.`,
        );
      }
      const name = input.name?.trim() || preset.label.ja;
      entity = repo.create({
        id: uuidv7(),
        name: name.slice(0, EVALUATION_PERIOD_NAME_MAX),
        firstDay: preset.firstDay,
        lastDay: preset.lastDay,
        kind: 'preset',
        presetKey: key,
        status: 'open',
        createdBy: actorId,
        createdAt: new Date(),
      });
    } else {
      const name = input.name?.trim() ?? '';
      if (name === '' || name.length > EVALUATION_PERIOD_NAME_MAX) {
        throw BadUserInputError.field(
          'name',
          'period.invalidName',
          `Enter a name of 1 to ${EVALUATION_PERIOD_NAME_MAX} characters.`,
        );
      }
      const range = customEvaluationPeriod(
        { firstDay: input.firstDay ?? '', lastDay: input.lastDay ?? '' },
        settings,
      );
      if (!range.ok) throw new BadUserInputError(range.errors);
      entity = repo.create({
        id: uuidv7(),
        name,
        firstDay: range.value.firstDay,
        lastDay: range.value.lastDay,
        kind: 'custom',
        presetKey: null,
        status: 'open',
        createdBy: actorId,
        createdAt: new Date(),
      });
    }
    Object.assign(entity, {
      lockedAt: null,
      lockedBy: null,
      lockedRulesJson: null,
      snapshotRows: null,
    });
    try {
      await repo.insert(entity);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw BadUserInputError.field(
          'presetKey',
          'period.duplicate',
          `The period ${entity.presetKey} already exists.`,
        );
      }
      throw error;
    }
    return entity;
  }

  /**
   * Locks the period: its rows are computed now from the ledger and stored with the rules in
   * force; every later export renders those rows.
   */
  async lock(tenant: Tenant, actorId: string, id: string): Promise<EvaluationPeriodEntity> {
    const period = await this.get(tenant, id);
    if (period.status === 'locked') {
      throw BadUserInputError.field('id', 'period.locked', 'This period is already locked.');
    }
    const lockedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const rows = await this.rows.compute(tenant, period);
    const rules = await this.rows.rulesFor(tenant, period);
    await this.db
      .transaction(tenant, async (scope) => {
        await this.writeSnapshot(scope, period, rows, rules, actorId, lockedAt);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw BadUserInputError.field('id', 'period.locked', 'This period is already locked.');
        }
        throw error;
      });
    return this.get(tenant, id);
  }

  private async writeSnapshot(
    scope: TenantScope,
    period: EvaluationPeriodEntity,
    rows: ContributionRow[],
    rules: PointRuleSet,
    actorId: string,
    lockedAt: Date,
  ): Promise<void> {
    const snapshots = scope.repo(EvaluationSnapshotEntity);
    for (let i = 0; i < rows.length; i += SNAPSHOT_BATCH) {
      await snapshots.insert(
        rows.slice(i, i + SNAPSHOT_BATCH).map((row, k) =>
          snapshots.create({
            id: uuidv7(),
            periodId: period.id,
            position: i + k,
            memberId: row.memberId,
            departmentId: row.departmentId,
            rowJson: JSON.stringify(row),
          }),
        ),
      );
    }
    const changed = await scope.repo(EvaluationPeriodEntity).update(
      { id: period.id, status: 'open' },
      {
        status: 'locked',
        lockedAt,
        lockedBy: actorId,
        lockedRulesJson: JSON.stringify(rules),
        snapshotRows: rows.length,
      },
    );
    if (changed !== 1) {
      throw BadUserInputError.field('id', 'period.locked', 'This period is already locked.');
    }
  }
}
