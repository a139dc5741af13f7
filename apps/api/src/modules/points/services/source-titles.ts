import { Injectable } from '@nestjs/common';
import type { Tenant } from '../../../common/tenancy/tenant-owned';

export type SourceRef = { sourceType: string; sourceId: string };
export type SourceTitleResolver = (tenant: Tenant, ids: string[]) => Promise<Map<string, string>>;

/**
 * Titles of the things points were earned for (posts, templates, stories …). Each content
 * module registers a resolver for its source type when it starts, so points does not import
 * the content modules.
 */
@Injectable()
export class SourceTitles {
  private readonly resolvers = new Map<string, SourceTitleResolver>();

  register(sourceType: string, resolver: SourceTitleResolver): void {
    this.resolvers.set(sourceType, resolver);
  }

  /** Map keyed `${sourceType}:${sourceId}`; unknown or deleted sources are absent. */
  async lookup(tenant: Tenant, refs: SourceRef[]): Promise<Map<string, string>> {
    const byType = new Map<string, Set<string>>();
    for (const ref of refs) {
      const ids = byType.get(ref.sourceType) ?? new Set<string>();
      ids.add(ref.sourceId);
      byType.set(ref.sourceType, ids);
    }
    const titles = new Map<string, string>();
    for (const [type, ids] of byType) {
      const resolver = this.resolvers.get(type);
      if (!resolver) continue;
      for (const [id, title] of await resolver(tenant, [...ids]))
        titles.set(`${type}:${id}`, title);
    }
    return titles;
  }
}
