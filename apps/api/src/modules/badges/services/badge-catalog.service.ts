import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  BUILT_IN_BADGES,
  validateCustomBadge,
  type BadgeDefinition,
  type BadgeMetric,
  type BadgePeriod,
  type CustomBadgeInput,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { CustomBadgeEntity } from '../entities/custom-badge.entity';

export function toBadgeDefinition(row: CustomBadgeEntity): BadgeDefinition {
  return {
    code: row.code,
    name: { ja: row.nameJa, en: row.nameEn },
    description: { ja: row.descriptionJa, en: row.descriptionEn },
    metric: row.metric as BadgeMetric,
    period: row.period as BadgePeriod,
    scope: 'member',
    levels: [{ tier: null, threshold: row.threshold, points: row.points }],
    custom: true,
  };
}

/** The badges of an organization: the built-in catalogue plus its admins' own badges. */
@Injectable()
export class BadgeCatalogService {
  constructor(private readonly db: TenantDataSource) {}

  async catalogue(scope: TenantScope): Promise<BadgeDefinition[]> {
    const custom = await scope.repo(CustomBadgeEntity).find({ order: { createdAt: 'ASC' } });
    return [...BUILT_IN_BADGES, ...custom.map(toBadgeDefinition)];
  }

  async find(tenant: Tenant, code: string): Promise<BadgeDefinition | null> {
    const builtIn = BUILT_IN_BADGES.find((b) => b.code === code);
    if (builtIn) return builtIn;
    const row = await this.db.scope(tenant).repo(CustomBadgeEntity).findOneBy({ code });
    return row ? toBadgeDefinition(row) : null;
  }

  async create(viewer: Viewer, input: CustomBadgeInput): Promise<BadgeDefinition> {
    const valid = validateCustomBadge(input);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    const d = valid.value;
    const level = d.levels[0];
    const repo = this.db.scope(viewer).repo(CustomBadgeEntity);
    const id = uuidv7();
    const row = repo.create({
      id,
      code: `c-${id}`,
      nameJa: d.name.ja,
      nameEn: d.name.en,
      descriptionJa: d.description.ja,
      descriptionEn: d.description.en,
      metric: d.metric,
      period: d.period,
      threshold: level.threshold,
      points: level.points,
      createdBy: viewer.memberId,
      createdAt: new Date(),
    });
    await repo.insert(row);
    return toBadgeDefinition(row);
  }
}
