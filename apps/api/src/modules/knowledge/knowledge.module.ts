import { Module, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDataSource } from '../../common/tenancy/tenant-data-source';
import { GuidelineModule } from '../guideline/guideline.module';
import { PointsModule } from '../points/points.module';
import { SearchModule } from '../search/search.module';
import { SourceTitles } from '../points/services/source-titles';
import { KnowledgePostEntity } from './entities/knowledge-post.entity';
import {
  KnowledgeCommentResolver,
  KnowledgePostRevisionResolver,
} from './resolvers/knowledge-comment.resolver';
import { KnowledgeEngagementResolver } from './resolvers/knowledge-engagement.resolver';
import { KnowledgeLifecycleResolver } from './resolvers/knowledge-lifecycle.resolver';
import { KnowledgePostsResolver } from './resolvers/knowledge-posts.resolver';
import { KnowledgeEngagementService } from './services/knowledge-engagement.service';
import { KnowledgeLifecycleService } from './services/knowledge-lifecycle.service';
import { KnowledgePostsService } from './services/knowledge-posts.service';

/** Knowledge posts (ナレッジ): editing, history, status, reviews, views, likes, comments. */
@Module({
  imports: [PointsModule, SearchModule, GuidelineModule],
  providers: [
    KnowledgePostsResolver,
    KnowledgeLifecycleResolver,
    KnowledgeEngagementResolver,
    KnowledgeCommentResolver,
    KnowledgePostRevisionResolver,
    KnowledgePostsService,
    KnowledgeLifecycleService,
    KnowledgeEngagementService,
  ],
  exports: [KnowledgePostsService],
})
export class KnowledgeModule implements OnModuleInit {
  constructor(
    private readonly titles: SourceTitles,
    private readonly db: TenantDataSource,
  ) {}

  onModuleInit(): void {
    // Point history lines name the post: 「…ナレッジ『議事録の書き方』を閲覧しました +1」.
    this.titles.register('knowledgePost', async (tenant, ids) => {
      const rows = await this.db
        .scope(tenant)
        .repo(KnowledgePostEntity)
        .find({ where: { id: In(ids) }, select: { id: true, title: true, organizationId: true } });
      return new Map(rows.map((r) => [r.id, r.title]));
    });
  }
}
