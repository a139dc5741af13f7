import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  applyPointRulesPatch,
  DEFAULT_POINT_RULE_SET,
  validatePointRules,
  type PointRuleSet,
  type PointRulesPatch,
} from '@chienowa/domain';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { PointRuleSetEntity } from '../entities/point-rule-set.entity';
import { TenantSettingsCache } from '../../../common/tenancy/tenant-settings-cache';

/**
 * The organization's current point rules. A change writes a new version; entries record the
 * version that paid them, so earlier entries keep their value.
 */
@Injectable()
export class PointRulesService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly cache: TenantSettingsCache,
  ) {}

  /** The rule set for recording events: cached per organization (see TenantSettingsCache). */
  cached(scope: TenantScope): Promise<PointRuleSet> {
    // Read on the caller's connection: inside a transaction, asking the pool for another one
    // could wait forever when every connection is held by transactions waiting for this read.
    return this.cache.get(scope.tenant.organizationId, 'pointRules', () => this.current(scope));
  }

  /** Read now, in the scope's transaction (changes and audits need the row itself). */
  async current(scope: TenantScope): Promise<PointRuleSet> {
    const latest = await scope
      .repo(PointRuleSetEntity)
      .findOne({ where: {}, order: { version: 'DESC' } });
    if (!latest) return DEFAULT_POINT_RULE_SET;
    return {
      version: latest.version,
      rules: JSON.parse(latest.rulesJson) as PointRuleSet['rules'],
    };
  }

  currentFor(tenant: Tenant): Promise<PointRuleSet> {
    return this.current(this.db.scope(tenant));
  }

  async update(tenant: Tenant, actorId: string, patch: PointRulesPatch): Promise<PointRuleSet> {
    const valid = validatePointRules(patch);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return this.db.transaction(tenant, async (scope) => {
      const current = await this.current(scope);
      const next = applyPointRulesPatch(current, valid.value);
      if (next.version === current.version) return current;
      const repo = scope.repo(PointRuleSetEntity);
      await repo.insert(
        repo.create({
          id: uuidv7(),
          version: next.version,
          rulesJson: JSON.stringify(next.rules),
          createdBy: actorId,
          createdAt: new Date(),
        }),
      );
      scope.afterCommit(() => this.cache.invalidate(tenant.organizationId));
      return next;
    });
  }
}
