import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  DEFAULT_MONTHLY_KUDOS_BUDGET,
  DEFAULT_RECOGNITION_VALUES,
  validateKudosBudget,
  validateRecognitionValue,
} from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import { RecognitionSettingsEntity } from '../entities/recognition-settings.entity';
import { RecognitionValueEntity } from '../entities/recognition-value.entity';

const duplicateLabel = () =>
  BadUserInputError.field('label', 'recognitionValue.duplicate', 'This value already exists.');

/** The organization's values (価値観) and recognition settings. */
@Injectable()
export class RecognitionValuesService {
  constructor(private readonly db: TenantDataSource) {}

  /** Values in display order (archived last when included); seeds the defaults when none. */
  async list(tenant: Tenant, includeArchived: boolean): Promise<RecognitionValueEntity[]> {
    await this.ensureDefaults(tenant);
    const rows = await this.db
      .scope(tenant)
      .repo(RecognitionValueEntity)
      .find({
        where: includeArchived ? {} : { archivedAt: IsNull() },
        order: { position: 'ASC', id: 'ASC' },
      });
    return rows.sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
  }

  /**
   * Kudos need at least one value: an organization without any gets 挑戦 / 協力 / 顧客第一.
   * Concurrent first reads race on the unique (organization, label) index; losers skip.
   */
  async ensureDefaults(tenant: Tenant): Promise<void> {
    if ((await this.db.scope(tenant).repo(RecognitionValueEntity).countBy({})) > 0) return;
    await this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(RecognitionValueEntity);
      if ((await repo.countBy({})) > 0) return;
      const now = new Date();
      for (const [i, value] of DEFAULT_RECOGNITION_VALUES.entries()) {
        try {
          await repo.insert(
            repo.create({
              id: uuidv7(),
              label: value.label,
              labelEn: value.labelEn,
              position: (i + 1) * 10,
              archivedAt: null,
              createdAt: now,
              updatedAt: now,
            }),
          );
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
    });
  }

  /** An active value of the organization, or BAD_USER_INPUT on `valueId`. */
  async activeValue(scope: TenantScope, id: string): Promise<RecognitionValueEntity> {
    const value = await scope.repo(RecognitionValueEntity).findOneBy({ id, archivedAt: IsNull() });
    if (!value) {
      throw BadUserInputError.field(
        'valueId',
        'kudos.unknownValue',
        'Choose one of the organization’s values.',
      );
    }
    return value;
  }

  async create(
    tenant: Tenant,
    input: { label: string; labelEn?: string | null },
  ): Promise<RecognitionValueEntity> {
    const valid = validateRecognitionValue(input);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    await this.ensureDefaults(tenant);
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(RecognitionValueEntity);
      const last = await repo.find({ order: { position: 'DESC' }, take: 1 });
      const now = new Date();
      const value = repo.create({
        id: uuidv7(),
        ...valid.value,
        position: (last[0]?.position ?? 0) + 10,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await repo.insert(value);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateLabel();
        throw error;
      }
      return value;
    });
  }

  async rename(
    tenant: Tenant,
    id: string,
    input: { label: string; labelEn?: string | null },
  ): Promise<RecognitionValueEntity> {
    const valid = validateRecognitionValue(input);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(RecognitionValueEntity);
      const value = await repo.findOneBy({ id });
      if (!value) throw new NotFoundError('Value');
      try {
        await repo.update({ id }, { ...valid.value, updatedAt: new Date() });
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateLabel();
        throw error;
      }
      return { ...value, ...valid.value };
    });
  }

  /** Archived values are no longer offered; kudos given for them keep their label. */
  async setArchived(
    tenant: Tenant,
    id: string,
    archived: boolean,
  ): Promise<RecognitionValueEntity> {
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(RecognitionValueEntity);
      const value = await repo.findOneBy({ id });
      if (!value) throw new NotFoundError('Value');
      if (archived && value.archivedAt === null) {
        const active = await repo.countBy({ archivedAt: IsNull() });
        if (active <= 1) {
          throw BadUserInputError.field(
            'id',
            'recognitionValue.lastActive',
            'Kudos need at least one value: add another before archiving this one.',
          );
        }
      }
      const archivedAt = archived ? (value.archivedAt ?? new Date()) : null;
      await repo.update({ id }, { archivedAt, updatedAt: new Date() });
      return { ...value, archivedAt };
    });
  }

  /** Sets the display order: `ids` lists every active value once, in the new order. */
  async reorder(tenant: Tenant, ids: string[]): Promise<RecognitionValueEntity[]> {
    await this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(RecognitionValueEntity);
      const active = await repo.findBy({ archivedAt: IsNull() });
      const known = new Set(active.map((v) => v.id));
      if (
        ids.length !== known.size ||
        new Set(ids).size !== ids.length ||
        ids.some((id) => !known.has(id))
      ) {
        throw BadUserInputError.field(
          'ids',
          'recognitionValue.invalidOrder',
          'List every active value exactly once.',
        );
      }
      const now = new Date();
      for (const [i, id] of ids.entries()) {
        await repo.update({ id }, { position: (i + 1) * 10, updatedAt: now });
      }
    });
    return this.list(tenant, false);
  }

  // ---------------------------------------------------------------- settings

  async settings(scope: TenantScope): Promise<{ monthlyKudosBudget: number }> {
    const row = await scope
      .repo(RecognitionSettingsEntity)
      .findOneBy({ organizationId: scope.tenant.organizationId });
    return { monthlyKudosBudget: row?.monthlyKudosBudget ?? DEFAULT_MONTHLY_KUDOS_BUDGET };
  }

  async updateSettings(
    tenant: Tenant,
    input: { monthlyKudosBudget: number },
  ): Promise<{ monthlyKudosBudget: number }> {
    const budget = validateKudosBudget(input.monthlyKudosBudget);
    if (!budget.ok) throw new BadUserInputError(budget.errors);
    await this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(RecognitionSettingsEntity);
      const existing = await repo.findOneBy({ organizationId: tenant.organizationId });
      if (existing) {
        await repo.update(
          { organizationId: tenant.organizationId },
          { monthlyKudosBudget: budget.value, updatedAt: new Date() },
        );
      } else {
        await repo.insert(repo.create({ monthlyKudosBudget: budget.value, updatedAt: new Date() }));
      }
    });
    return { monthlyKudosBudget: budget.value };
  }
}
