import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import {
  Leaderboard,
  LeaderboardEntry,
  LeaderboardInput,
  LeaderboardSettings,
  LeaderboardSettingsInput,
  LeaderboardSubjectEnum,
  LeaderboardVisibility,
} from '../dto/leaderboard.model';
import { LeaderboardsService, type BoardRow } from '../services/leaderboards.service';

function toEntry(
  subject: LeaderboardSubjectEnum,
  row: BoardRow,
  organizationId: string,
): LeaderboardEntry {
  const unit = row.unit;
  return {
    rank: row.rank,
    points: row.points,
    isMe: row.isMe,
    member: row.member ? toMemberModel(row.member) : null,
    team:
      subject === LeaderboardSubjectEnum.TEAM && unit
        ? { id: unit.id, name: unit.name, departmentId: unit.parentOrDepartmentId, organizationId }
        : null,
    department:
      subject === LeaderboardSubjectEnum.DEPARTMENT && unit
        ? { id: unit.id, name: unit.name, parentId: unit.parentOrDepartmentId, organizationId }
        : null,
  };
}

@Resolver(() => Leaderboard)
export class LeaderboardsResolver {
  constructor(private readonly leaderboards: LeaderboardsService) {}

  @Authenticated()
  @Query(() => Leaderboard, {
    description:
      'Ranking of members, teams or departments for the current week, month, fiscal period or all time, from the maintained totals.',
  })
  async leaderboard(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LeaderboardInput,
  ): Promise<Leaderboard> {
    const board = await this.leaderboards.board(
      viewer,
      { subject: input.subject, period: input.period, scope: input.scope },
      input.first,
    );
    const org = viewer.organizationId;
    return {
      subject: input.subject,
      period: input.period,
      scope: input.scope,
      periodKey: board.periodKey,
      entries: board.entries.map((row) => toEntry(input.subject, row, org)),
      me: board.me ? toEntry(input.subject, board.me, org) : null,
      totalRanked: board.totalRanked,
      visibleTopN: board.visibleTopN,
    };
  }

  @Authenticated()
  @Query(() => LeaderboardVisibility, {
    description: 'Whether the viewer has chosen to stay off public member leaderboards.',
  })
  myLeaderboardVisibility(@CurrentViewer() viewer: Viewer): Promise<LeaderboardVisibility> {
    return this.leaderboards.visibility(viewer);
  }

  @Authenticated()
  @Mutation(() => LeaderboardVisibility, {
    description:
      'Stay off (hidden: true) or return to public member leaderboards. Hidden members still count in team and department sums and see their own rank.',
  })
  setLeaderboardVisibility(
    @CurrentViewer() viewer: Viewer,
    @Args('hidden') hidden: boolean,
  ): Promise<LeaderboardVisibility> {
    return this.leaderboards.setVisibility(viewer, hidden);
  }

  @RequireRoles('admin')
  @Query(() => LeaderboardSettings)
  leaderboardSettings(@CurrentViewer() viewer: Viewer): Promise<LeaderboardSettings> {
    return this.leaderboards.settings(viewer);
  }

  @RequireRoles('admin')
  @Mutation(() => LeaderboardSettings)
  updateLeaderboardSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LeaderboardSettingsInput,
  ): Promise<LeaderboardSettings> {
    return this.leaderboards.updateSettings(viewer, {
      staffVisibleTopN: input.staffVisibleTopN ?? null,
    });
  }
}
