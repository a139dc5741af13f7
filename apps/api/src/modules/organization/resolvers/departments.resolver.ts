import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { DepartmentModel } from '../dto/department.model';
import { DepartmentInput } from '../dto/organization.inputs';
import { toDepartmentModel } from '../mappers/organization.mapper';
import { StructureService } from '../services/structure.service';

@Resolver(() => DepartmentModel)
export class DepartmentsResolver {
  constructor(private readonly structure: StructureService) {}

  @Authenticated()
  @Query(() => [DepartmentModel])
  async departments(@CurrentViewer() viewer: Viewer): Promise<DepartmentModel[]> {
    return (await this.structure.listDepartments(viewer)).map(toDepartmentModel);
  }

  @RequireRoles('admin')
  @Mutation(() => DepartmentModel)
  async createDepartment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DepartmentInput,
  ): Promise<DepartmentModel> {
    return toDepartmentModel(await this.structure.createDepartment(viewer, input));
  }

  @RequireRoles('admin')
  @Mutation(() => DepartmentModel)
  async updateDepartment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DepartmentInput,
  ): Promise<DepartmentModel> {
    return toDepartmentModel(await this.structure.updateDepartment(viewer, id, input));
  }

  @RequireRoles('admin')
  @Mutation(() => Boolean)
  deleteDepartment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.structure.deleteDepartment(viewer, id);
  }

  @ResolveField(() => DepartmentModel, { nullable: true })
  async parent(@Parent() department: DepartmentModel, @GqlCtx() ctx: GraphQLContext) {
    if (!department.parentId) return null;
    const parent = await ctx.loaders.department.load(department.parentId);
    return parent ? toDepartmentModel(parent) : null;
  }

  @ResolveField(() => [DepartmentModel])
  async children(@Parent() department: DepartmentModel, @GqlCtx() ctx: GraphQLContext) {
    return (await ctx.loaders.departmentChildren.load(department.id)).map(toDepartmentModel);
  }

  @ResolveField(() => Int, { description: 'Active members directly in this department.' })
  memberCount(@Parent() department: DepartmentModel, @GqlCtx() ctx: GraphQLContext) {
    return ctx.loaders.departmentMemberCount.load(department.id);
  }
}
