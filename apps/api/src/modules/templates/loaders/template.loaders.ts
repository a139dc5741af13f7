import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Viewer } from '../../../common/auth/viewer';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberEntity } from '../../identity/entities/member.entity';
import { PromptTemplateEntity } from '../entities/prompt-template.entity';
import { TemplateCategoryEntity } from '../entities/template-category.entity';
import { TemplateReuserEntity } from '../entities/template-reuser.entity';

function createTemplateLoaders(db: TenantDataSource, viewer: Viewer) {
  const scope = db.scope(viewer);
  const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
  return {
    category: new DataLoader<string, TemplateCategoryEntity | null>(async (ids) =>
      byId(ids, await scope.repo(TemplateCategoryEntity).findBy({ id: In([...ids]) })),
    ),
    member: new DataLoader<string, MemberEntity | null>(async (ids) =>
      byId(ids, await scope.repo(MemberEntity).findBy({ id: In([...ids]) })),
    ),
    template: new DataLoader<string, PromptTemplateEntity | null>(async (ids) =>
      byId(ids, await scope.repo(PromptTemplateEntity).findBy({ id: In([...ids]) })),
    ),
    /** Distinct members other than the author who used each template. */
    colleagueCount: new DataLoader<string, number>(async (ids) => {
      const rows = await scope
        .repo(TemplateReuserEntity)
        .query('r')
        .innerJoin(
          PromptTemplateEntity,
          't',
          't.id = r.template_id AND t.organization_id = r.organization_id',
        )
        .select('r.template_id', 'templateId')
        .addSelect('COUNT(*)', 'count')
        .andWhere('r.template_id IN (:...ids)', { ids: [...ids] })
        .andWhere('r.member_id <> t.author_id')
        .groupBy('r.template_id')
        .getRawMany<{ templateId: string; count: string | number }>();
      const counts = new Map(rows.map((r) => [r.templateId, Number(r.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type TemplateLoaders = ReturnType<typeof createTemplateLoaders>;

/**
 * Per-request batch loaders of the templates module, cached on the request's GraphQL context
 * (the shared loaders in common/ know nothing of templates).
 */
@Injectable()
export class TemplateLoadersFactory {
  private readonly perRequest = new WeakMap<object, TemplateLoaders>();

  constructor(private readonly db: TenantDataSource) {}

  for(context: object, viewer: Viewer): TemplateLoaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = createTemplateLoaders(this.db, viewer);
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
