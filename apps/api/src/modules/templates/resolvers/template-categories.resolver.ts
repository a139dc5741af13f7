import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { TemplateCategoryModel } from '../dto/template.model';
import { toTemplateCategoryModel } from '../mappers/template.mapper';
import { TemplateCategoriesService } from '../services/template-categories.service';

@Resolver(() => TemplateCategoryModel)
export class TemplateCategoriesResolver {
  constructor(private readonly categories: TemplateCategoriesService) {}

  @Authenticated()
  @Query(() => [TemplateCategoryModel], {
    description: 'Use-case categories in display order (defaults are created on first read).',
  })
  async templateCategories(@CurrentViewer() viewer: Viewer): Promise<TemplateCategoryModel[]> {
    return (await this.categories.list(viewer)).map(toTemplateCategoryModel);
  }

  @RequireRoles('admin')
  @Mutation(() => TemplateCategoryModel)
  async createTemplateCategory(
    @CurrentViewer() viewer: Viewer,
    @Args('name') name: string,
  ): Promise<TemplateCategoryModel> {
    return toTemplateCategoryModel(await this.categories.create(viewer, name));
  }

  @RequireRoles('admin')
  @Mutation(() => TemplateCategoryModel)
  async renameTemplateCategory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
  ): Promise<TemplateCategoryModel> {
    return toTemplateCategoryModel(await this.categories.rename(viewer, id, name));
  }

  @RequireRoles('admin')
  @Mutation(() => Boolean, { description: 'Refused while templates use the category.' })
  deleteTemplateCategory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.categories.delete(viewer, id);
  }
}
