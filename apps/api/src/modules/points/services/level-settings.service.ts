import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DEFAULT_LEVEL_THRESHOLDS,
  validateLevelThresholds,
  type LevelThreshold,
} from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { withWriteLock } from '../../../database/write-lock';
import { OrganizationEntity } from '../../organization/entities/organization.entity';

/**
 * The organization's level ladder (初心者 → マスター): the five levels keep their names, an
 * admin sets the points each one starts at.
 */
@Injectable()
export class LevelSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  private async organization(tenant: Tenant): Promise<OrganizationEntity> {
    const org = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneBy({ id: tenant.organizationId });
    if (!org) throw new NotFoundError('Organization');
    return org;
  }

  static ladder(minPoints: readonly number[] | null): LevelThreshold[] {
    if (!minPoints || minPoints.length !== DEFAULT_LEVEL_THRESHOLDS.length)
      return [...DEFAULT_LEVEL_THRESHOLDS];
    return DEFAULT_LEVEL_THRESHOLDS.map((level, i) => ({ ...level, minPoints: minPoints[i] }));
  }

  async thresholds(tenant: Tenant): Promise<LevelThreshold[]> {
    const org = await this.organization(tenant);
    return LevelSettingsService.ladder(
      org.levelThresholds ? (JSON.parse(org.levelThresholds) as number[]) : null,
    );
  }

  async update(tenant: Tenant, minPoints: number[]): Promise<LevelThreshold[]> {
    if (minPoints.length !== DEFAULT_LEVEL_THRESHOLDS.length) {
      throw BadUserInputError.field(
        'minPoints',
        'levels.count',
        `Give the starting points of all ${DEFAULT_LEVEL_THRESHOLDS.length} levels`,
      );
    }
    if (minPoints.some((p) => !Number.isInteger(p) || p < 0 || p > 10_000_000)) {
      throw BadUserInputError.field(
        'minPoints',
        'levels.invalid',
        'Use whole numbers from 0 to 10,000,000',
      );
    }
    const ladder = LevelSettingsService.ladder(minPoints);
    const valid = validateLevelThresholds(ladder);
    if (!valid.ok)
      throw new BadUserInputError(valid.errors.map((e) => ({ ...e, field: 'minPoints' })));
    await withWriteLock(this.dataSource, () =>
      this.dataSource
        .getRepository(OrganizationEntity)
        .update(
          { id: tenant.organizationId },
          { levelThresholds: JSON.stringify(minPoints), updatedAt: new Date() },
        ),
    );
    return ladder;
  }
}
