import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import {
  FairPlayReportInput,
  FairPlayReportModel,
  FairPlayReversalModel,
  ReverseFairPlayExcessInput,
} from '../dto/fair-play.model';
import { FairPlayService } from '../services/fair-play.service';

@Resolver()
export class FairPlayResolver {
  constructor(private readonly fairPlay: FairPlayService) {}

  @RequireRoles('admin', 'hr')
  @Query(() => FairPlayReportModel, {
    description:
      'Admins and HR: pairs and circles of members who credit each other far above the organization’s norm in a period, with the evidence.',
  })
  fairPlayReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: FairPlayReportInput,
  ): Promise<FairPlayReportModel> {
    return this.fairPlay.report(viewer, input);
  }

  @RequireRoles('admin', 'hr')
  @Mutation(() => FairPlayReversalModel, {
    description:
      'Admins and HR: reverses a group’s excess credit (the most recent entries beyond the norm) with a reason. Idempotent.',
  })
  reverseFairPlayExcess(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReverseFairPlayExcessInput,
  ): Promise<FairPlayReversalModel> {
    return this.fairPlay.reverse(viewer, input);
  }
}
