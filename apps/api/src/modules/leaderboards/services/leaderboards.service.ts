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

/** SQL conditions on a totals alias for the unlisted members, with their parameters. */
type Unlisted = {
  params: unknown[];
  notIn: (alias: string) => string;
  in: (alias: string) => string;
};

/** Above this many unlisted members, queries use the subquery instead of a list of ids. */
const MAX_UNLISTED_IDS = 2000;

/**
 * Leaderboards read the maintained member_point_totals of the current period key. A member
 * board reads the top from the (organization, period, points) index and counts ranks on it
 * (no window over every member), then loads the listed members by primary key; team and
 * department boards sum the totals per unit. Never sums the ledger.
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
    // Listed = active, not hidden, in scope, with a total for the period; unlisted members are
    // a short list. The company board must start from the totals index (read from the top, it
    // stops after `first` rows) and look members up by primary key: CROSS JOIN fixes that
    // order on SQLite, STRAIGHT_JOIN on MySQL/MariaDB (whose planner otherwise starts from all
    // members and looks up each one's total: 0.7 s at 10,000 members with a cold buffer pool).
    // Scoped boards let the planner start from the scope's members.
    const join =
      boardScope !== 'company'
        ? 'JOIN'
        : this.db.dialect === 'mysql'
          ? 'STRAIGHT_JOIN'
          : 'CROSS JOIN';
    const unlisted = await this.unlisted(scope);
    const listed = `FROM member_point_totals t
        ${join} members m ON m.organization_id = t.organization_id AND m.id = t.member_id
       WHERE t.organization_id = ? AND t.period_key = ?${unlisted.notIn('t')}${this.scopeFilter('m', boardScope)}`;
    const listedParams = [
      org,
      periodKey,
      ...unlisted.params,
      ...this.scopeParams(viewer, boardScope),
    ];
    const top = topN ?? first;
    // The `first`-th best total is the cut-off: walks ix_totals_org_period_points from the top
    // and stops after `first` listed rows, whatever the size of the organization.
    const heads: { points: number | string }[] = await scope.manager.query(
      `SELECT t.points ${listed} ORDER BY t.points DESC LIMIT ?`,
      [...listedParams, first],
    );
    const cutoff = heads.length === first ? Number(heads[first - 1].points) : null;
    // Rows at or above the cut-off hold every row with more points than it, so competition
    // ranks are exact; ties at the cut-off are ordered by reading, then id.
    const rows: { member_id: string; points: number | string }[] = await scope.manager.query(
      `SELECT t.member_id, t.points ${listed}${cutoff === null ? '' : ' AND t.points >= ?'}
        ORDER BY t.points DESC, m.name_reading, m.id LIMIT ?`,
      [...listedParams, ...(cutoff === null ? [] : [cutoff]), first],
    );
    const ranked: { id: string; points: number; rank: number }[] = [];
    for (const [i, r] of rows.entries()) {
      const points = Number(r.points);
      const prev = ranked[i - 1];
      ranked.push({
        id: r.member_id,
        points,
        rank: prev && prev.points === points ? prev.rank : i + 1,
      });
    }
    const visible = ranked.filter((r) => r.rank <= top);
    // My place, listed or not (hidden, no points yet, outside the scope): ranked as if listed.
    const counts = await this.memberCounts(scope, viewer, boardScope, periodKey, {
      listed,
      listedParams,
      unlisted,
    });
    const ids = [...new Set([...visible.map((r) => r.id), viewer.memberId])];
    const members = new Map(
      (await scope.repo(MemberEntity).findBy({ id: In(ids) })).map((m) => [m.id, m]),
    );
    return {
      entries: visible.map((r) => ({
        ...r,
        isMe: r.id === viewer.memberId,
        member: members.get(r.id),
      })),
      me: {
        id: viewer.memberId,
        points: counts.mine,
        rank: counts.above + 1,
        isMe: true,
        member: members.get(viewer.memberId),
      },
      totalRanked: counts.total,
    };
  }

  /**
   * The number of listed members, the viewer's points and how many listed members have more.
   * Company boards count the period's range of ix_totals_org_period_points in one pass and
   * subtract the few unlisted members, instead of looking up every member with a total.
   */
  private async memberCounts(
    scope: TenantScope,
    viewer: Viewer,
    boardScope: LeaderboardScope,
    periodKey: string,
    board: { listed: string; listedParams: unknown[]; unlisted: Unlisted },
  ): Promise<{ total: number; mine: number; above: number }> {
    const { listed, listedParams, unlisted } = board;
    const org = viewer.organizationId;
    const [own]: { points: number | string }[] = await scope.manager.query(
      `SELECT points FROM member_point_totals
        WHERE organization_id = ? AND member_id = ? AND period_key = ?`,
      [org, viewer.memberId, periodKey],
    );
    const mine = own ? Number(own.points) : 0;
    const count = async (from: string, params: unknown[]) => {
      const [r]: Record<'n' | 'above', number | string | null>[] = await scope.manager.query(
        `SELECT COUNT(*) AS n, SUM(CASE WHEN t.points > ? THEN 1 ELSE 0 END) AS above ${from}`,
        [mine, ...params],
      );
      return { n: Number(r.n), above: Number(r.above ?? 0) };
    };
    if (boardScope !== 'company') {
      const { n, above } = await count(listed, listedParams);
      return { total: n, mine, above };
    }
    const range = `FROM member_point_totals t WHERE t.organization_id = ? AND t.period_key = ?`;
    const all = await count(range, [org, periodKey]);
    const off = unlisted.params.length
      ? await count(`${range}${unlisted.in('t')}`, [org, periodKey, ...unlisted.params])
      : { n: 0, above: 0 };
    return { total: all.n - off.n, mine, above: all.above - off.above };
  }

  /**
   * Members left off member boards: inactive or hidden. Read once per board (usually none or
   * a few) and passed as a list of ids, so the other queries stay on the totals index.
   */
  private async unlisted(scope: TenantScope): Promise<Unlisted> {
    const org = scope.tenant.organizationId;
    const rows: { id: string }[] = await scope.manager.query(
      `SELECT u.id FROM members u WHERE u.organization_id = ? AND u.active = 0
       UNION SELECT h.member_id FROM leaderboard_preferences h
        WHERE h.organization_id = ? AND h.hidden = 1`,
      [org, org],
    );
    const ids = rows.map((r) => r.id);
    if (ids.length > MAX_UNLISTED_IDS) {
      const sub = `(SELECT u.id FROM members u WHERE u.organization_id = ? AND u.active = 0
        UNION SELECT h.member_id FROM leaderboard_preferences h
         WHERE h.organization_id = ? AND h.hidden = 1)`;
      return {
        params: [org, org],
        notIn: (alias) => ` AND ${alias}.member_id NOT IN ${sub}`,
        in: (alias) => ` AND ${alias}.member_id IN ${sub}`,
      };
    }
    const list = `(${ids.map(() => '?').join(', ')})`;
    return {
      params: ids,
      notIn: (alias) => (ids.length ? ` AND ${alias}.member_id NOT IN ${list}` : ''),
      in: (alias) => (ids.length ? ` AND ${alias}.member_id IN ${list}` : ' AND 1 = 0'),
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
