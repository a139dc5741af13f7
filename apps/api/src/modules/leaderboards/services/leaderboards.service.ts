import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  DEFAULT_LEADERBOARD_SETTINGS,
  cutLeaderboardToVisible,
  leaderboardPeriodKey,
  rankLeaderboard,
  validateLeaderboardFirst,
  validateLeaderboardSettings,
  seesFullLeaderboard,
  type LeaderboardPeriod,
  type LeaderboardScope,
  type LeaderboardSettings,
  type LeaderboardSubject,
  type PeriodSettings,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { MemberEntity } from '../../identity/entities/member.entity';
import { LeaderboardPreferenceEntity } from '../entities/leaderboard-preference.entity';
import { LeaderboardSettingsEntity } from '../entities/leaderboard-settings.entity';

export type BoardRow = {
  id: string;
  points: number;
  rank: number;
  isMe: boolean;
  member?: MemberEntity;
  unit?: { id: string; name: string; parentOrDepartmentId: string | null };
};

export type Board = {
  periodKey: string;
  entries: BoardRow[];
  me: BoardRow | null;
  totalRanked: number;
  visibleTopN: number | null;
};

type Query = { subject: LeaderboardSubject; period: LeaderboardPeriod; scope: LeaderboardScope };

/**
 * Leaderboards read the maintained member_point_totals of the current period key: one ranked
 * query per board (plus, for a member board, one for the viewer's place when not listed and
 * a primary-key load of the listed members). Never sums the ledger.
 */
@Injectable()
export class LeaderboardsService {
  constructor(private readonly db: TenantDataSource) {}

  private async context(
    scope: TenantScope,
  ): Promise<{ settings: PeriodSettings; board: LeaderboardSettings }> {
    const rows: {
      time_zone: string;
      fiscal_year_start_month: number;
      staff_visible_top_n: number | null;
    }[] = await scope.manager.query(
      `SELECT o.time_zone, o.fiscal_year_start_month, s.staff_visible_top_n
         FROM organizations o
         LEFT JOIN leaderboard_settings s ON s.organization_id = o.id
        WHERE o.id = ?`,
      [scope.tenant.organizationId],
    );
    const row = rows[0];
    return {
      settings: {
        timeZone: row.time_zone,
        fiscalYearStartMonth: Number(row.fiscal_year_start_month),
      },
      board: {
        staffVisibleTopN: row.staff_visible_top_n === null ? null : Number(row.staff_visible_top_n),
      },
    };
  }

  async board(viewer: Viewer, query: Query, first: number, now = new Date()): Promise<Board> {
    const valid = validateLeaderboardFirst(first);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    if (query.subject === 'department' && query.scope === 'myTeam') {
      throw BadUserInputError.field(
        'scope',
        'leaderboard.scopeNotApplicable',
        'Department boards can be shown for the company or your department.',
      );
    }
    const scope = this.db.scope(viewer);
    const ctx = await this.context(scope);
    const periodKey = leaderboardPeriodKey(query.period, now, ctx.settings);
    const topN = seesFullLeaderboard(viewer.roles) ? null : ctx.board.staffVisibleTopN;
    const board =
      query.subject === 'member'
        ? await this.memberBoard(scope, viewer, query.scope, periodKey, topN, first)
        : await this.unitBoard(scope, viewer, query, periodKey, topN, first);
    return { ...board, periodKey, visibleTopN: topN };
  }

  private scopeFilter(alias: string, scope: LeaderboardScope): string {
    switch (scope) {
      case 'company':
        return '';
      case 'myDepartment':
        return ` AND ${alias}.department_id = (SELECT me.department_id FROM members me WHERE me.organization_id = ? AND me.id = ?)`;
      case 'myTeam':
        return ` AND EXISTS (SELECT 1 FROM team_members x JOIN team_members mine ON mine.team_id = x.team_id AND mine.organization_id = x.organization_id WHERE x.organization_id = ? AND x.member_id = ${alias}.id AND mine.member_id = ?)`;
      default: {
        const unknown: never = scope;
        throw new Error(`Unknown scope ${String(unknown)}`);
      }
    }
  }

  private scopeParams(viewer: Viewer, scope: LeaderboardScope): unknown[] {
    return scope === 'company' ? [] : [viewer.organizationId, viewer.memberId];
  }

  private async memberBoard(
    scope: TenantScope,
    viewer: Viewer,
    boardScope: LeaderboardScope,
    periodKey: string,
    topN: number | null,
    first: number,
  ): Promise<Omit<Board, 'periodKey' | 'visibleTopN'>> {
    const org = viewer.organizationId;
    // Listed = active, not hidden, in scope, with a total for the period.
    const listed = `FROM member_point_totals t
        JOIN members m ON m.organization_id = t.organization_id AND m.id = t.member_id
        LEFT JOIN leaderboard_preferences p
          ON p.organization_id = t.organization_id AND p.member_id = t.member_id
       WHERE t.organization_id = ? AND t.period_key = ? AND m.active = 1
         AND (p.hidden IS NULL OR p.hidden = 0)${this.scopeFilter('m', boardScope)}`;
    const listedParams = [org, periodKey, ...this.scopeParams(viewer, boardScope)];
    const top = topN ?? first;
    const rows: {
      member_id: string;
      points: number | string;
      rnk: number | string;
      total: number | string;
      in_top: number | string;
    }[] = await scope.manager.query(
      `SELECT x.member_id, x.points, x.rnk, x.total,
              CASE WHEN x.rn <= ? AND x.rnk <= ? THEN 1 ELSE 0 END AS in_top
         FROM (
           SELECT t.member_id, t.points,
                  RANK() OVER (ORDER BY t.points DESC) AS rnk,
                  ROW_NUMBER() OVER (ORDER BY t.points DESC, m.name_reading, m.id) AS rn,
                  COUNT(*) OVER () AS total
             ${listed}
         ) x
        WHERE (x.rn <= ? AND x.rnk <= ?) OR x.member_id = ?
        ORDER BY x.rn`,
      [first, top, ...listedParams, first, top, viewer.memberId],
    );
    const totalRanked = rows.length > 0 ? Number(rows[0].total) : 0;
    const own = rows.find((r) => r.member_id === viewer.memberId);
    let me = own ? { points: Number(own.points), rank: Number(own.rnk) } : null;
    if (!me) {
      // Not listed (hidden, no points yet, or outside the scope): ranked as if listed.
      const mine = `COALESCE((SELECT points FROM member_point_totals
                      WHERE organization_id = ? AND member_id = ? AND period_key = ?), 0)`;
      const result: { points: number | string; above: number | string }[] =
        await scope.manager.query(
          `SELECT ${mine} AS points, (SELECT COUNT(*) ${listed} AND t.points > ${mine}) AS above`,
          [org, viewer.memberId, periodKey, ...listedParams, org, viewer.memberId, periodKey],
        );
      me = { points: Number(result[0].points), rank: Number(result[0].above) + 1 };
    }
    const visible = rows.filter((r) => Number(r.in_top) === 1);
    const ids = [...new Set([...visible.map((r) => r.member_id), viewer.memberId])];
    const members = new Map(
      (await scope.repo(MemberEntity).findBy({ id: In(ids) })).map((m) => [m.id, m]),
    );
    return {
      entries: visible.map((r) => ({
        id: r.member_id,
        points: Number(r.points),
        rank: Number(r.rnk),
        isMe: r.member_id === viewer.memberId,
        member: members.get(r.member_id),
      })),
      me: { id: viewer.memberId, ...me, isMe: true, member: members.get(viewer.memberId) },
      totalRanked,
    };
  }

  private async unitBoard(
    scope: TenantScope,
    viewer: Viewer,
    query: Query,
    periodKey: string,
    topN: number | null,
    first: number,
  ): Promise<Omit<Board, 'periodKey' | 'visibleTopN'>> {
    const org = viewer.organizationId;
    // Hidden members still count: only inactive members are left out of the sums.
    const activeTotals = `(SELECT t.member_id, t.points FROM member_point_totals t
        JOIN members m ON m.organization_id = t.organization_id AND m.id = t.member_id
       WHERE t.organization_id = ? AND t.period_key = ? AND m.active = 1)`;
    let rows: {
      id: string;
      name: string;
      parent: string | null;
      points: number | string;
      mine: number | string;
    }[];
    if (query.subject === 'team') {
      const filter =
        query.scope === 'myDepartment'
          ? ' AND tm.department_id = (SELECT me.department_id FROM members me WHERE me.organization_id = ? AND me.id = ?)'
          : query.scope === 'myTeam'
            ? ' AND EXISTS (SELECT 1 FROM team_members mine WHERE mine.organization_id = tm.organization_id AND mine.team_id = tm.id AND mine.member_id = ?)'
            : '';
      const filterParams =
        query.scope === 'myDepartment'
          ? [org, viewer.memberId]
          : query.scope === 'myTeam'
            ? [viewer.memberId]
            : [];
      rows = await scope.manager.query(
        `SELECT tm.id AS id, tm.name AS name, tm.department_id AS parent,
                COALESCE(SUM(p.points), 0) AS points,
                MAX(CASE WHEN x.member_id = ? THEN 1 ELSE 0 END) AS mine
           FROM teams tm
           LEFT JOIN team_members x ON x.organization_id = tm.organization_id AND x.team_id = tm.id
           LEFT JOIN ${activeTotals} p ON p.member_id = x.member_id
          WHERE tm.organization_id = ?${filter}
          GROUP BY tm.id, tm.name, tm.department_id`,
        [viewer.memberId, org, periodKey, org, ...filterParams],
      );
    } else {
      const filter =
        query.scope === 'myDepartment'
          ? ' AND d.id = (SELECT me.department_id FROM members me WHERE me.organization_id = ? AND me.id = ?)'
          : '';
      rows = await scope.manager.query(
        `SELECT d.id AS id, d.name AS name, d.parent_id AS parent,
                COALESCE(SUM(p.points), 0) AS points,
                MAX(CASE WHEN m.id = ? THEN 1 ELSE 0 END) AS mine
           FROM departments d
           LEFT JOIN members m ON m.organization_id = d.organization_id AND m.department_id = d.id
           LEFT JOIN ${activeTotals} p ON p.member_id = m.id
          WHERE d.organization_id = ?${filter}
          GROUP BY d.id, d.name, d.parent_id`,
        [viewer.memberId, org, periodKey, org, ...(filter ? [org, viewer.memberId] : [])],
      );
    }
    const ranked = rankLeaderboard(
      rows.map((r) => ({
        id: r.id,
        reading: r.name,
        points: Number(r.points),
        isMe: Number(r.mine) === 1,
        unit: { id: r.id, name: r.name, parentOrDepartmentId: r.parent },
      })),
    );
    const me = ranked.find((r) => r.isMe) ?? null;
    return {
      entries: cutLeaderboardToVisible(ranked, topN, first),
      me,
      totalRanked: ranked.length,
    };
  }

  // ---------------------------------------------------------------- settings and preference

  async settings(viewer: Viewer): Promise<LeaderboardSettings> {
    const row = await this.db
      .scope(viewer)
      .repo(LeaderboardSettingsEntity)
      .findOneBy({ organizationId: viewer.organizationId });
    return row ? { staffVisibleTopN: row.staffVisibleTopN } : DEFAULT_LEADERBOARD_SETTINGS;
  }

  async updateSettings(viewer: Viewer, input: LeaderboardSettings): Promise<LeaderboardSettings> {
    const valid = validateLeaderboardSettings(input);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    await this.db.transaction(viewer, async (scope) => {
      const repo = scope.repo(LeaderboardSettingsEntity);
      await repo.save(
        repo.create({
          staffVisibleTopN: valid.value.staffVisibleTopN,
          updatedBy: viewer.memberId,
          updatedAt: new Date(),
        }),
      );
    });
    return valid.value;
  }

  async visibility(viewer: Viewer): Promise<{ hidden: boolean }> {
    const row = await this.db
      .scope(viewer)
      .repo(LeaderboardPreferenceEntity)
      .findOneBy({ memberId: viewer.memberId });
    return { hidden: row?.hidden ?? false };
  }

  async setVisibility(viewer: Viewer, hidden: boolean): Promise<{ hidden: boolean }> {
    await this.db.transaction(viewer, async (scope) => {
      const repo = scope.repo(LeaderboardPreferenceEntity);
      await repo.save(repo.create({ memberId: viewer.memberId, hidden, updatedAt: new Date() }));
    });
    return { hidden };
  }
}
