import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { SearchDocTypeEnum, SearchResult } from '../dto/search.model';
import { SearchQueryService } from '../services/search-query.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchQueryService) {}

  @Authenticated()
  @Query(() => SearchResult, {
    description:
      'One search box over published knowledge posts, templates and approved success stories.',
  })
  search(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @Args('types', { type: () => [SearchDocTypeEnum], nullable: true })
    types: SearchDocTypeEnum[] | null,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SearchResult> {
    return this.searchService.search(viewer, { query, types, tag, departmentId, first, after });
  }
}
