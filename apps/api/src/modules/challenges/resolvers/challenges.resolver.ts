import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { toDepartmentModel, toTeamModel } from '../../organization/mappers/organization.mapper';
import type { DepartmentEntity } from '../../organization/entities/department.entity';
import type { TeamEntity } from '../../organization/entities/team.entity';
import {
  ChallengeConnection,
  ChallengeInput,
  ChallengeMetricEnum,
  ChallengeModel,
  ChallengeScoringEnum,
  ChallengeStanding,
  ChallengeStatusEnum,
  ChallengeUnitTypeEnum,
} from '../dto/challenge.model';
import type { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengesService } from '../services/challenges.service';

@Resolver(() => ChallengeModel)
export class ChallengesResolver {
  constructor(private readonly service: ChallengesService) {}

  private toModel(viewer: Viewer, c: ChallengeEntity): ChallengeModel {
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      metric: c.metric as ChallengeMetricEnum,
      target: c.targetX100 / 100,
      unitType: c.unitType as ChallengeUnitTypeEnum,
      scoring: c.scoring as ChallengeScoringEnum,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      winnerPoints: c.winnerPoints,
      status: this.service.phase(c) as ChallengeStatusEnum,
      closedAt: c.closedAt,
      ...this.service.permissions(viewer, c),
      source: c,
    };
  }

  private input(input: ChallengeInput) {
    return {
      title: input.title,
      description: input.description,
      metric: input.metric,
      target: input.target,
      unitType: input.unitType,
      unitIds: input.unitIds,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      scoring: input.scoring,
      winnerPoints: input.winnerPoints,
    };
  }

  @Authenticated()
  @Query(() => ChallengeConnection, {
    description:
      'Challenges by status: UPCOMING (soonest first), ACTIVE (ending soonest first), CLOSED or CANCELLED (latest first).',
  })
  async challenges(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => ChallengeStatusEnum, defaultValue: ChallengeStatusEnum.ACTIVE })
    status: ChallengeStatusEnum,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChallengeConnection> {
    const page = await this.service.list(viewer, status, first, after);
    return {
      edges: page.nodes.map((c, i) => ({ node: this.toModel(viewer, c), cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    };
  }

  @Authenticated()
  @Query(() => ChallengeModel)
  async challenge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ChallengeModel> {
    return this.toModel(viewer, await this.service.get(viewer, id));
  }

  @RequireRoles('admin', 'ambassador')
  @Mutation(() => ChallengeModel, {
    description: 'Admins and ambassadors: start a team challenge (default: this calendar month).',
  })
  async createChallenge(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChallengeInput,
  ): Promise<ChallengeModel> {
    return this.toModel(viewer, await this.service.create(viewer, this.input(input)));
  }

  @RequireRoles('admin', 'ambassador')
  @Mutation(() => ChallengeModel, { description: 'Edit a challenge before it starts.' })
  async updateChallenge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChallengeInput,
  ): Promise<ChallengeModel> {
    return this.toModel(viewer, await this.service.update(viewer, id, this.input(input)));
  }

  @RequireRoles('admin', 'ambassador')
  @Mutation(() => ChallengeModel, { description: 'Cancel a challenge that has not closed.' })
  async cancelChallenge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ChallengeModel> {
    return this.toModel(viewer, await this.service.cancel(viewer, id));
  }

  @ResolveField(() => [ChallengeStanding], {
    description: 'Per participating unit, best first; final once the challenge has closed.',
  })
  async standings(
    @CurrentViewer() viewer: Viewer,
    @Parent() challenge: ChallengeModel,
  ): Promise<ChallengeStanding[]> {
    const rows = await this.service.standings(viewer, challenge.source);
    const isTeam = challenge.source.unitType === 'team';
    return rows.map((s) => ({
      rank: s.rank,
      value: Math.round(s.value * 100) / 100,
      total: challenge.source.metric === 'hoursSaved' ? Math.round((s.raw / 60) * 10) / 10 : s.raw,
      headcount: s.headcount,
      progress: Math.round(s.progress * 10_000) / 10_000,
      isMine: s.isMine,
      winner: s.winner,
      team: isTeam && s.unit ? toTeamModel(s.unit as TeamEntity) : null,
      department: !isTeam && s.unit ? toDepartmentModel(s.unit as DepartmentEntity) : null,
    }));
  }
}
