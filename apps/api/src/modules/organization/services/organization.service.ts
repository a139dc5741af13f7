import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateOrganizationSettings, type Locale } from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { withWriteLock } from '../../../database/write-lock';
import { OrganizationEntity } from '../entities/organization.entity';
import { TenantSettingsCache } from '../../../common/tenancy/tenant-settings-cache';

export type OrganizationPatch = {
  name?: string | null;
  timeZone?: string | null;
  fiscalYearStartMonth?: number | null;
  locale?: Locale | null;
};

@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settingsCache: TenantSettingsCache,
  ) {}

  /** The organization row is the tenant itself: looked up by the tenant's id only. */
  async get(tenant: Tenant): Promise<OrganizationEntity> {
    const org = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneBy({ id: tenant.organizationId });
    if (!org) throw new NotFoundError('Organization');
    return org;
  }

  async update(tenant: Tenant, patch: OrganizationPatch): Promise<OrganizationEntity> {
    const result = validateOrganizationSettings({
      name: patch.name ?? undefined,
      timeZone: patch.timeZone ?? undefined,
      fiscalYearStartMonth: patch.fiscalYearStartMonth ?? undefined,
      locale: patch.locale ?? undefined,
    });
    if (!result.ok) throw new BadUserInputError(result.errors);
    const org = await this.get(tenant);
    Object.assign(org, result.value, { updatedAt: new Date() });
    await withWriteLock(this.dataSource, () =>
      this.dataSource.getRepository(OrganizationEntity).save(org),
    );
    this.settingsCache.invalidate(tenant.organizationId);
    return org;
  }
}
