import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isPointEventKind, type PointRulesPatch } from '@chienowa/domain';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import {
  LevelThresholdModel,
  MyPoints,
  PointHistoryConnection,
  PointRuleInput,
  PointRuleSetModel,
} from '../dto/points.model';
import { LevelSettingsService } from '../services/level-settings.service';
import { PointRulesService } from '../services/point-rules.service';
import { PointsQueryService } from '../services/points-query.service';

@Resolver(() => MyPoints)
export class PointsResolver {
  constructor(
    private readonly query: PointsQueryService,
    private readonly rules: PointRulesService,
    private readonly levels: LevelSettingsService,
  ) {}

  @Authenticated()
  @Query(() => [LevelThresholdModel], { description: 'The level ladder: where each level starts.' })
  async levelThresholds(@CurrentViewer() viewer: Viewer): Promise<LevelThresholdModel[]> {
    return (await this.levels.thresholds(viewer)).map((l) => ({
      key: l.key,
      name: l[viewer.locale],
      minPoints: l.minPoints,
    }));
  }

  @RequireRoles('admin')
  @Mutation(() => [LevelThresholdModel], {
    description:
      'Sets the all-time points each of the five levels starts at (first must be 0, strictly increasing).',
  })
  async updateLevelThresholds(
    @CurrentViewer() viewer: Viewer,
    @Args('minPoints', { type: () => [Int] }) minPoints: number[],
  ): Promise<LevelThresholdModel[]> {
    return (await this.levels.update(viewer, minPoints)).map((l) => ({
      key: l.key,
      name: l[viewer.locale],
      minPoints: l.minPoints,
    }));
  }

  @Authenticated()
  @Query(() => MyPoints, { description: 'The viewer’s points per period, level and history.' })
  myPoints(@CurrentViewer() viewer: Viewer): Promise<MyPoints> {
    return this.query.myPoints(viewer);
  }

  @ResolveField(() => PointHistoryConnection)
  history(
    @Parent() _points: MyPoints,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PointHistoryConnection> {
    return this.query.history(viewer, first, after);
  }

  @Authenticated()
  @Query(() => PointRuleSetModel, {
    description: 'How points are earned (transparent to everyone).',
  })
  async pointRules(@CurrentViewer() viewer: Viewer): Promise<PointRuleSetModel> {
    return this.query.ruleSetModel(await this.rules.currentFor(viewer), viewer.locale);
  }

  @RequireRoles('admin')
  @Mutation(() => PointRuleSetModel, {
    description:
      'Changes point values and daily caps; applies to events from now on (new rule version).',
  })
  async updatePointRules(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => [PointRuleInput] }) input: PointRuleInput[],
  ): Promise<PointRuleSetModel> {
    const patch: PointRulesPatch = {};
    for (const rule of input) {
      if (!isPointEventKind(rule.kind)) {
        throw BadUserInputError.field(
          'kind',
          'pointRule.unknownKind',
          `Unknown point event kind: ${rule.kind}`,
        );
      }
      patch[rule.kind] = {
        ...(rule.points !== undefined && rule.points !== null ? { points: rule.points } : {}),
        ...(rule.dailyCap !== undefined ? { dailyCap: rule.dailyCap } : {}),
      };
    }
    return this.query.ruleSetModel(
      await this.rules.update(viewer, viewer.memberId, patch),
      viewer.locale,
    );
  }
}
