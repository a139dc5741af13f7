import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { DepartmentModel } from '../dto/department.model';
import { TeamInput } from '../dto/organization.inputs';
import { TeamModel } from '../dto/team.model';
import { toDepartmentModel, toTeamModel } from '../mappers/organization.mapper';
import { StructureService } from '../services/structure.service';

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly structure: StructureService) {}

  @Authenticated()
  @Query(() => [TeamModel])
  async teams(@CurrentViewer() viewer: Viewer): Promise<TeamModel[]> {
    return (await this.structure.listTeams(viewer)).map(toTeamModel);
  }

  @RequireRoles('admin')
  @Mutation(() => TeamModel)
  async createTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: TeamInput,
  ): Promise<TeamModel> {
    return toTeamModel(await this.structure.createTeam(viewer, input));
  }

  @RequireRoles('admin')
  @Mutation(() => TeamModel)
  async updateTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TeamInput,
  ): Promise<TeamModel> {
    return toTeamModel(await this.structure.updateTeam(viewer, id, input));
  }

  @RequireRoles('admin')
  @Mutation(() => Boolean)
  deleteTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.structure.deleteTeam(viewer, id);
  }

  @ResolveField(() => DepartmentModel, { nullable: true })
  async department(@Parent() team: TeamModel, @GqlCtx() ctx: GraphQLContext) {
    if (!team.departmentId) return null;
    const department = await ctx.loaders.department.load(team.departmentId);
    return department ? toDepartmentModel(department) : null;
  }

  @ResolveField(() => Int, { description: 'Active members of this team.' })
  memberCount(@Parent() team: TeamModel, @GqlCtx() ctx: GraphQLContext) {
    return ctx.loaders.teamMemberCount.load(team.id);
  }
}
