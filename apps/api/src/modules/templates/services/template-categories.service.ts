import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_TEMPLATE_CATEGORIES, validateTemplateCategoryName } from '@chienowa/domain';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import { PromptTemplateEntity } from '../entities/prompt-template.entity';
import { TemplateCategoryEntity } from '../entities/template-category.entity';

const duplicateName = () =>
  BadUserInputError.field(
    'name',
    'category.duplicate',
    'A category with this name already exists.',
  );

/** The use-case categories of an organization's template library. */
@Injectable()
export class TemplateCategoriesService {
  constructor(private readonly db: TenantDataSource) {}

  /** All categories in display order; seeds the defaults for an organization that has none. */
  async list(tenant: Tenant): Promise<TemplateCategoryEntity[]> {
    await this.ensureDefaults(tenant);
    return this.db
      .scope(tenant)
      .repo(TemplateCategoryEntity)
      .find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  /**
   * Creates the domain's default categories (in the organization's language) when it has none.
   * Two first reads may race: the unique (organization, name) index lets only one row per name
   * in, and the loser skips it, so the result is the same set either way.
   */
  async ensureDefaults(tenant: Tenant): Promise<void> {
    if ((await this.db.scope(tenant).repo(TemplateCategoryEntity).countBy({})) > 0) return;
    await this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(TemplateCategoryEntity);
      if ((await repo.countBy({})) > 0) return;
      const org = await scope.manager
        .getRepository(OrganizationEntity)
        .findOneByOrFail({ id: tenant.organizationId });
      const now = new Date();
      for (const [i, category] of DEFAULT_TEMPLATE_CATEGORIES.entries()) {
        try {
          await repo.insert(
            repo.create({
              id: uuidv7(),
              name: org.locale === 'en' ? category.en : category.ja,
              sortOrder: (i + 1) * 10,
              createdAt: now,
            }),
          );
        } catch (error) {
          // A concurrent first read inserted it: statement-level failure, the rest goes on.
          if (!isUniqueViolation(error)) throw error;
        }
      }
    });
  }

  async create(tenant: Tenant, rawName: string): Promise<TemplateCategoryEntity> {
    const name = this.validName(rawName);
    await this.ensureDefaults(tenant);
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(TemplateCategoryEntity);
      if (await repo.existsBy({ name })) throw duplicateName();
      const last = await repo.find({ order: { sortOrder: 'DESC' }, take: 1 });
      const entity = repo.create({
        id: uuidv7(),
        name,
        sortOrder: (last[0]?.sortOrder ?? 0) + 10,
        createdAt: new Date(),
      });
      await this.write(() => repo.insert(entity));
      return entity;
    });
  }

  async rename(tenant: Tenant, id: string, rawName: string): Promise<TemplateCategoryEntity> {
    const name = this.validName(rawName);
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(TemplateCategoryEntity);
      const existing = await repo.findOneBy({ id });
      if (!existing) throw new NotFoundError('Template category');
      if (await repo.existsBy({ name, id: Not(id) })) throw duplicateName();
      existing.name = name;
      await this.write(() => repo.save(existing));
      return existing;
    });
  }

  /** Refused while any template (draft, published or archived) is in the category. */
  async delete(tenant: Tenant, id: string): Promise<boolean> {
    return this.db.transaction(tenant, async (scope) => {
      const repo = scope.repo(TemplateCategoryEntity);
      if (!(await repo.existsBy({ id }))) throw new NotFoundError('Template category');
      const used = await scope.repo(PromptTemplateEntity).countBy({ categoryId: id });
      if (used > 0) {
        throw BadUserInputError.field(
          'id',
          'category.inUse',
          `${used} template(s) still use this category; move them to another category first.`,
        );
      }
      await repo.delete({ id });
      return true;
    });
  }

  /** BAD_USER_INPUT unless the category exists in the organization. */
  async assertExists(scope: TenantScope, id: string, field = 'categoryId'): Promise<void> {
    if (!(await scope.repo(TemplateCategoryEntity).existsBy({ id }))) {
      throw BadUserInputError.field(field, 'category.notFound', 'Template category not found.');
    }
  }

  private validName(raw: string): string {
    const result = validateTemplateCategoryName(raw);
    if (!result.ok) throw new BadUserInputError(result.errors);
    return result.value;
  }

  private async write(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  }
}
