import { Module } from '@nestjs/common';
import { SearchResolver } from './resolvers/search.resolver';
import { SearchIndexService } from './services/search-index.service';
import { SearchQueryService } from './services/search-query.service';

/** Japanese-capable search over all content (application-side n-gram index). */
@Module({
  providers: [SearchResolver, SearchIndexService, SearchQueryService],
  exports: [SearchIndexService],
})
export class SearchModule {}
