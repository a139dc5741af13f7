import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { DepartmentModel } from '../../organization/dto/department.model';
import { OrganizationModel } from '../../organization/dto/organization.model';
import { TeamModel } from '../../organization/dto/team.model';
import {
  toDepartmentModel,
  toOrganizationModel,
  toTeamModel,
} from '../../organization/mappers/organization.mapper';
import {
  CreateMemberInput,
  MemberFilter,
  UpdateMemberInput,
  UpdateMyPreferencesInput,
} from '../dto/member.inputs';
import { CreateMemberPayload, MemberConnection, MemberModel, RoleEnum } from '../dto/member.model';
import { toMemberModel } from '../mappers/member.mapper';
import { MembersService } from '../services/members.service';

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @Authenticated()
  @Query(() => MemberConnection)
  async members(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter: MemberFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MemberConnection> {
    const page = await this.membersService.list(
      viewer,
      filter ?? { includeInactive: false },
      first,
      after,
    );
    return {
      edges: page.nodes.map((node, i) => ({ node: toMemberModel(node), cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authenticated()
  @Query(() => MemberModel)
  async member(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MemberModel> {
    return toMemberModel(await this.membersService.get(viewer, id));
  }

  @Authenticated()
  @Mutation(() => MemberModel)
  async updateMyPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateMyPreferencesInput,
  ): Promise<MemberModel> {
    return toMemberModel(await this.membersService.updatePreferences(viewer, input));
  }

  @RequireRoles('admin')
  @Mutation(() => CreateMemberPayload)
  async createMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateMemberInput,
  ): Promise<CreateMemberPayload> {
    const { member, temporaryPassword } = await this.membersService.create(viewer, input);
    return { member: toMemberModel(member), temporaryPassword };
  }

  @RequireRoles('admin')
  @Mutation(() => MemberModel)
  async updateMember(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMemberInput,
  ): Promise<MemberModel> {
    return toMemberModel(await this.membersService.update(viewer, id, input));
  }

  @RequireRoles('admin')
  @Mutation(() => MemberModel)
  async deactivateMember(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MemberModel> {
    return toMemberModel(await this.membersService.setActive(viewer, id, false));
  }

  @RequireRoles('admin')
  @Mutation(() => MemberModel)
  async reactivateMember(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MemberModel> {
    return toMemberModel(await this.membersService.setActive(viewer, id, true));
  }

  @RequireRoles('admin')
  @Mutation(() => String, { description: 'Sets and returns a one-time temporary password.' })
  resetMemberPassword(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.membersService.resetPassword(viewer, id);
  }

  @ResolveField(() => DepartmentModel, { nullable: true })
  async department(@Parent() member: MemberModel, @GqlCtx() ctx: GraphQLContext) {
    if (!member.departmentId) return null;
    const department = await ctx.loaders.department.load(member.departmentId);
    return department ? toDepartmentModel(department) : null;
  }

  @ResolveField(() => [TeamModel])
  async teams(@Parent() member: MemberModel, @GqlCtx() ctx: GraphQLContext) {
    return (await ctx.loaders.teamsOfMember.load(member.id)).map(toTeamModel);
  }

  @ResolveField(() => [RoleEnum])
  async roles(@Parent() member: MemberModel, @GqlCtx() ctx: GraphQLContext) {
    return ctx.loaders.rolesOfMember.load(member.id);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() member: MemberModel, @GqlCtx() ctx: GraphQLContext) {
    const org = await ctx.loaders.organization.load(member.organizationId);
    if (!org) throw new Error('Organization of a visible member is missing');
    return toOrganizationModel(org);
  }
}
