import { Module, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDataSource } from '../../common/tenancy/tenant-data-source';
import { PointsModule } from '../points/points.module';
import { GuidelineModule } from '../guideline/guideline.module';
import { SearchModule } from '../search/search.module';
import { SourceTitles } from '../points/services/source-titles';
import { SuccessStoryEntity } from './entities/success-story.entity';
import {
  MemberStoriesResolver,
  StoriesResolver,
  TemplateStoriesResolver,
} from './resolvers/stories.resolver';
import { StoriesService } from './services/stories.service';

/** Success stories (成功事例): workflow, review, hours saved. */
@Module({
  imports: [PointsModule, SearchModule, GuidelineModule],
  providers: [StoriesResolver, MemberStoriesResolver, TemplateStoriesResolver, StoriesService],
  exports: [StoriesService],
})
export class StoriesModule implements OnModuleInit {
  constructor(
    private readonly titles: SourceTitles,
    private readonly db: TenantDataSource,
  ) {}

  onModuleInit(): void {
    this.titles.register('story', async (tenant, ids) => {
      const rows = await this.db
        .scope(tenant)
        .repo(SuccessStoryEntity)
        .find({
          where: { id: In(ids) },
          select: { id: true, title: true },
        });
      return new Map(rows.map((r) => [r.id, r.title]));
    });
  }
}
