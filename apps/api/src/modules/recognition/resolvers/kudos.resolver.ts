import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasAnyRole } from '@chienowa/domain';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { MemberModel } from '../../identity/dto/member.model';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import { GiveKudosInput } from '../dto/recognition.inputs';
import { KudosBudgetModel, KudosModel, RecognitionValueModel } from '../dto/recognition.model';
import type { KudosEntity } from '../entities/kudos.entity';
import { KudosService } from '../services/kudos.service';
import { RecognitionLoadersFactory } from '../services/recognition.loaders';
import { toValueModel } from './recognition-values.resolver';

const toKudosModel = (k: KudosEntity, viewer: Viewer): KudosModel => ({
  id: k.id,
  giverId: k.giverId,
  receiverId: k.receiverId,
  valueId: k.valueId,
  message: k.message,
  points: k.points,
  createdAt: k.createdAt,
  reversedAt: k.reversedAt,
  reversalReason: hasAnyRole(viewer.roles, ['admin']) ? k.reversalReason : null,
});

@Resolver(() => KudosModel)
export class KudosResolver {
  constructor(
    private readonly kudosService: KudosService,
    private readonly loaders: RecognitionLoadersFactory,
  ) {}

  @Authenticated()
  @Mutation(() => KudosModel, {
    description:
      'Thanks a colleague for one of the organization’s values. Counts against the monthly budget; pays the receiver (pair damping, weekly cap per receiver).',
  })
  async giveKudos(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: GiveKudosInput,
  ): Promise<KudosModel> {
    return toKudosModel(await this.kudosService.give(viewer, input), viewer);
  }

  @RequireRoles('admin')
  @Mutation(() => KudosModel, {
    description: 'Cancels the kudos’ points with a reversal entry and removes it from the feed.',
  })
  async reverseKudos(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<KudosModel> {
    return toKudosModel(await this.kudosService.reverse(viewer, id, reason), viewer);
  }

  @Authenticated()
  @Query(() => KudosModel)
  async kudos(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<KudosModel> {
    return toKudosModel(await this.kudosService.get(viewer, id), viewer);
  }

  @Authenticated()
  @Query(() => KudosBudgetModel, { description: 'The viewer’s kudos budget this month.' })
  myKudosBudget(@CurrentViewer() viewer: Viewer): Promise<KudosBudgetModel> {
    return this.kudosService.budget(viewer);
  }

  @ResolveField(() => MemberModel)
  async giver(@Parent() k: KudosModel, @GqlCtx() ctx: GraphQLContext): Promise<MemberModel> {
    const m = await ctx.loaders.member.load(k.giverId);
    if (!m) throw new Error('Giver of a kudos is missing');
    return toMemberModel(m);
  }

  @ResolveField(() => MemberModel)
  async receiver(@Parent() k: KudosModel, @GqlCtx() ctx: GraphQLContext): Promise<MemberModel> {
    const m = await ctx.loaders.member.load(k.receiverId);
    if (!m) throw new Error('Receiver of a kudos is missing');
    return toMemberModel(m);
  }

  @ResolveField(() => RecognitionValueModel)
  async value(
    @Parent() k: KudosModel,
    @CurrentViewer() viewer: Viewer,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<RecognitionValueModel> {
    const v = await this.loaders.for(ctx, viewer).value.load(k.valueId);
    if (!v) throw new Error('Value of a kudos is missing');
    return toValueModel(v);
  }
}
