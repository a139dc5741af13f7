import { Module, type OnModuleInit } from '@nestjs/common';
import { GuidelineModule } from '../guideline/guideline.module';
import { PointsModule } from '../points/points.module';
import { SearchModule } from '../search/search.module';
import { SourceTitles } from '../points/services/source-titles';
import { TemplateLoadersFactory } from './loaders/template.loaders';
import { TemplateCategoriesResolver } from './resolvers/template-categories.resolver';
import { TemplatesResolver } from './resolvers/templates.resolver';
import { TemplateCategoriesService } from './services/template-categories.service';
import { TemplatesService } from './services/templates.service';

/** The prompt-template library (テンプレート): categories, templates, forks and reuses. */
@Module({
  imports: [PointsModule, GuidelineModule, SearchModule],
  providers: [
    TemplatesResolver,
    TemplateCategoriesResolver,
    TemplatesService,
    TemplateCategoriesService,
    TemplateLoadersFactory,
  ],
  exports: [TemplatesService],
})
export class TemplatesModule implements OnModuleInit {
  constructor(
    private readonly titles: SourceTitles,
    private readonly templates: TemplatesService,
  ) {}

  onModuleInit(): void {
    // Point history says 「…『議事録要約』を使いました +5」.
    this.titles.register('template', (tenant, ids) => this.templates.titles(tenant, ids));
  }
}
