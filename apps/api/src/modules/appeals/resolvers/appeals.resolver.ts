import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import {
  AppealConnection,
  AppealModel,
  AppealStatusEnum,
  ResolveAppealInput,
  SubmitAppealInput,
} from '../dto/appeal.model';
import { AppealsService } from '../services/appeals.service';

@Resolver(() => AppealModel)
export class AppealsResolver {
  constructor(private readonly service: AppealsService) {}

  @Authenticated()
  @Mutation(() => AppealModel, {
    description:
      'Disputes one of the viewer’s ledger entries or a missing credit (異議申し立て). One open appeal per entry.',
  })
  submitAppeal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitAppealInput,
  ): Promise<AppealModel> {
    return this.service.submit(viewer, input);
  }

  @Authenticated()
  @Mutation(() => AppealModel, { description: 'The member withdraws their own open appeal.' })
  withdrawAppeal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<AppealModel> {
    return this.service.withdraw(viewer, id, reason ?? null);
  }

  @RequireRoles('hr', 'admin')
  @Mutation(() => AppealModel, {
    description:
      'HR and admins: resolves an open appeal by a reversal, a compensating adjustment or a rejection, with a reason.',
  })
  resolveAppeal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ResolveAppealInput,
  ): Promise<AppealModel> {
    return this.service.resolve(viewer, {
      id: input.id,
      decision: input.outcome,
      points: input.points,
      reason: input.reason,
    });
  }

  @RequireRoles('hr', 'admin')
  @Query(() => AppealConnection, {
    description: 'HR and admins: every appeal of the organization, newest first.',
  })
  appeals(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => AppealStatusEnum, nullable: true })
    status: AppealStatusEnum | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AppealConnection> {
    return this.service.list(viewer, { status }, first, after);
  }

  @Authenticated()
  @Query(() => AppealConnection, { description: 'The viewer’s own appeals, newest first.' })
  myAppeals(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => AppealStatusEnum, nullable: true })
    status: AppealStatusEnum | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AppealConnection> {
    return this.service.list(viewer, { status, memberId: viewer.memberId }, first, after);
  }

  @Authenticated()
  @Query(() => AppealModel, {
    description: 'One appeal with its timeline: the member who filed it, HR and admins.',
  })
  appeal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AppealModel> {
    return this.service.get(viewer, id);
  }
}
