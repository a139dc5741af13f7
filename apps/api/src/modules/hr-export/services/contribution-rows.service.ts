import { Injectable } from '@nestjs/common';
import { Between } from 'typeorm';
import {
  buildContributionRows,
  coverWithMonths,
  customEvaluationPeriod,
  EVIDENCE_LIMIT,
  evidenceLink,
  isRole,
  POINT_CATEGORIES,
  sortRoles,
  type ActivityCount,
  type ContributionFacts,
  type ContributionMember,
  type ContributionRow,
  type EvidenceItem,
  type PointCategory,
  type PointRuleSet,
  type Role,
} from '@chienowa/domain';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberBadgeEntity } from '../../badges/entities/member-badge.entity';
import { MemberRoleEntity } from '../../identity/entities/member-role.entity';
import { MemberEntity } from '../../identity/entities/member.entity';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { TeamMemberEntity } from '../../organization/entities/team-member.entity';
import { TeamEntity } from '../../organization/entities/team.entity';
import { LedgerEntryEntity } from '../../points/entities/ledger-entry.entity';
import { MemberSourceMonthEntity } from '../../points/entities/member-source-month.entity';
import { MemberUsageDayEntity } from '../../points/entities/member-usage-day.entity';
import { PointRulesService } from '../../points/services/point-rules.service';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SourceTitles } from '../../points/services/source-titles';
import { SuccessStoryEntity } from '../../stories/entities/success-story.entity';
import { EvaluationPeriodEntity } from '../entities/evaluation-period.entity';
import { EvaluationSnapshotEntity } from '../entities/evaluation-snapshot.entity';

/** Usage kinds counted per earner, and the activity column each feeds. */
const EARNER_COUNTS: Record<string, ActivityCount> = {
  knowledgePublished: 'postsPublished',
  templatePublished: 'postsPublished',
  viewReceived: 'viewsReceived',
  templateReused: 'reusesReceived',
  storyApproved: 'storiesApproved',
  kudosReceived: 'kudosReceived',
};

export type RowFilter = {
  departmentIds?: readonly string[] | null;
  teamId?: string | null;
  includeInactive?: boolean;
  memberId?: string | null;
};

/** Where rows come from: a fresh iterator each call (renderers read them twice). */
export type RowSource = () => AsyncIterable<ContributionRow>;

const SNAPSHOT_PAGE = 500;
const TITLE_CHUNK = 1_000;

/**
 * The one code path behind the HR export and a member's own report: the contribution rows of
 * an evaluation period, computed live from the ledger for an open period or read from the
 * snapshot taken when it was locked.
 */
@Injectable()
export class ContributionRowsService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly rules: PointRulesService,
    private readonly titles: SourceTitles,
  ) {}

  /** The rows of the whole population (ranks need everyone), computed now from the ledger. */
  async compute(tenant: Tenant, period: EvaluationPeriodEntity): Promise<ContributionRow[]> {
    const scope = this.db.scope(tenant);
    const settings = await this.ledger.settings(scope);
    const range = customEvaluationPeriod(
      { firstDay: period.firstDay, lastDay: period.lastDay },
      settings,
    );
    if (!range.ok) throw new Error(`Stored evaluation period ${period.id} is invalid`);
    const { start, end } = range.value;
    const days = { first: period.firstDay, last: period.lastDay };

    const facts = new Map<string, ContributionFacts>();
    const factsOf = (memberId: string): ContributionFacts => {
      let f = facts.get(memberId);
      if (!f) {
        f = { categoryPoints: {}, activity: {}, hoursSaved: 0, badgesEarned: 0, evidence: [] };
        facts.set(memberId, f);
      }
      return f;
    };
    const withEntries = await this.ledgerFacts(tenant, days, factsOf);

    // Activity counts from the counted usage of the period (the daily aggregate: one row per
    // member, role, kind and active day instead of one per event).
    const activityRows: { memberId: string; role: string; kind: string; n: string | number }[] =
      await scope
        .repo(MemberUsageDayEntity)
        .query('u')
        .select('u.memberId', 'memberId')
        .addSelect('u.role', 'role')
        .addSelect('u.kind', 'kind')
        .addSelect('SUM(u.counted)', 'n')
        .andWhere('u.localDay BETWEEN :first AND :last', days)
        .andWhere('u.counted > 0')
        .andWhere(
          "((u.role = 'earner' AND u.kind IN (:...kinds)) OR (u.role = 'actor' AND u.kind = 'kudosReceived'))",
          { kinds: Object.keys(EARNER_COUNTS) },
        )
        .groupBy('u.memberId')
        .addGroupBy('u.role')
        .addGroupBy('u.kind')
        .getRawMany();
    for (const r of activityRows) {
      const f = factsOf(r.memberId);
      const column: ActivityCount = r.role === 'actor' ? 'kudosGiven' : EARNER_COUNTS[r.kind];
      f.activity[column] = (f.activity[column] ?? 0) + Number(r.n);
    }

    // Hours saved per month by the stories approved in the period (still approved).
    const stories = await scope.repo(SuccessStoryEntity).find({
      where: { status: 'approved', approvedAt: Between(start, new Date(end.getTime() - 1)) },
      select: {
        id: true,
        authorId: true,
        minutesBeforeX100: true,
        minutesAfterX100: true,
        occurrencesPerMonthX100: true,
      },
    });
    for (const s of stories) {
      const units = (s.minutesBeforeX100 - s.minutesAfterX100) * s.occurrencesPerMonthX100;
      factsOf(s.authorId).hoursSaved += units / 600_000;
    }

    // Badges earned in the period.
    const badgeRows: { memberId: string; n: string | number }[] = await scope
      .repo(MemberBadgeEntity)
      .query('b')
      .select('b.memberId', 'memberId')
      .addSelect('COUNT(*)', 'n')
      .andWhere('b.awardedAt >= :start AND b.awardedAt < :end', { start, end })
      .groupBy('b.memberId')
      .getRawMany();
    for (const r of badgeRows) factsOf(r.memberId).badgesEarned = Number(r.n);

    return buildContributionRows(await this.population(tenant, withEntries), facts);
  }

  /**
   * Points per category and the top five sources (evidence, with titles) per member, summed
   * over member × category × source: whole months from member_source_months, the partial
   * months at the period's edges from the ledger itself. Returns the members with entries.
   * Raw rows stay local so they are garbage before the next query.
   */
  private async ledgerFacts(
    tenant: Tenant,
    days: { first: string; last: string },
    factsOf: (memberId: string) => ContributionFacts,
  ): Promise<Set<string>> {
    type SourceSum = {
      memberId: string;
      category: string;
      sourceType: string;
      sourceId: string;
      points: string | number;
    };
    const scope = this.db.scope(tenant);
    const cover = coverWithMonths(days.first, days.last);
    const parts: (() => Promise<SourceSum[]>)[] = cover.edges.map(
      (edge) => () =>
        scope
          .repo(LedgerEntryEntity)
          .query('e')
          .select('e.memberId', 'memberId')
          .addSelect('e.category', 'category')
          .addSelect('e.sourceType', 'sourceType')
          .addSelect('e.sourceId', 'sourceId')
          .addSelect('SUM(e.points)', 'points')
          .andWhere('e.localDay BETWEEN :first AND :last', edge)
          .groupBy('e.memberId')
          .addGroupBy('e.category')
          .addGroupBy('e.sourceType')
          .addGroupBy('e.sourceId')
          .getRawMany<SourceSum>(),
    );
    if (cover.months.length > 0) {
      parts.push(() =>
        scope
          .repo(MemberSourceMonthEntity)
          .query('m')
          .select('m.memberId', 'memberId')
          .addSelect('m.category', 'category')
          .addSelect('m.sourceType', 'sourceType')
          .addSelect('m.sourceId', 'sourceId')
          .addSelect('SUM(m.points)', 'points')
          .andWhere('m.month IN (:...months)', { months: cover.months })
          .groupBy('m.memberId')
          .addGroupBy('m.category')
          .addGroupBy('m.sourceType')
          .addGroupBy('m.sourceId')
          .getRawMany<SourceSum>(),
      );
    }
    const withEntries = new Set<string>();
    // member → "type:id" → points over all categories.
    const bySource = new Map<string, Map<string, number>>();
    for (const part of parts) {
      const rows = await part();
      for (const r of rows) {
        const points = Number(r.points);
        if ((POINT_CATEGORIES as readonly string[]).includes(r.category)) {
          const f = factsOf(r.memberId);
          const category = r.category as PointCategory;
          f.categoryPoints[category] = (f.categoryPoints[category] ?? 0) + points;
          withEntries.add(r.memberId);
        }
        let sources = bySource.get(r.memberId);
        if (!sources) bySource.set(r.memberId, (sources = new Map()));
        const key = `${r.sourceType}:${r.sourceId}`;
        sources.set(key, (sources.get(key) ?? 0) + points);
      }
      rows.length = 0;
    }
    const top: EvidenceItem[] = [];
    for (const [memberId, sources] of bySource) {
      const list: EvidenceItem[] = [];
      for (const [key, points] of sources) {
        if (points <= 0) continue;
        const at = key.indexOf(':');
        const sourceType = key.slice(0, at);
        const sourceId = key.slice(at + 1);
        list.push({ sourceType, sourceId, title: '', link: '', points });
      }
      list.sort(
        (a, b) =>
          b.points - a.points ||
          (a.sourceType < b.sourceType ? -1 : a.sourceType > b.sourceType ? 1 : 0) ||
          (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0),
      );
      const picked = list.slice(0, EVIDENCE_LIMIT);
      for (const item of picked) item.link = evidenceLink(item.sourceType, item.sourceId);
      factsOf(memberId).evidence = picked;
      top.push(...picked);
    }
    bySource.clear();
    // Titles in chunks: one IN list per chunk and source type, within every driver's limits.
    for (let i = 0; i < top.length; i += TITLE_CHUNK) {
      const chunk = top.slice(i, i + TITLE_CHUNK);
      const titles = await this.titles.lookup(tenant, chunk);
      for (const item of chunk) {
        item.title = titles.get(`${item.sourceType}:${item.sourceId}`) ?? '';
      }
    }
    return withEntries;
  }

  /** Active members, and inactive ones with ledger entries in the period. */
  private async population(
    tenant: Tenant,
    withEntries: ReadonlySet<string>,
  ): Promise<ContributionMember[]> {
    const scope = this.db.scope(tenant);
    // Raw rows, not entities: hydrating 10,000 members (and their teams and roles) costs more
    // than the queries.
    const members: {
      id: string;
      employeeNumber: string | null;
      displayName: string;
      nameReading: string;
      departmentId: string | null;
      active: boolean | number;
    }[] = await scope
      .repo(MemberEntity)
      .query('m')
      .select('m.id', 'id')
      .addSelect('m.employeeNumber', 'employeeNumber')
      .addSelect('m.displayName', 'displayName')
      .addSelect('m.nameReading', 'nameReading')
      .addSelect('m.departmentId', 'departmentId')
      .addSelect('m.active', 'active')
      .getRawMany();
    const departments = new Map(
      (await scope.repo(DepartmentEntity).find({ select: { id: true, name: true } })).map((d) => [
        d.id,
        d.name,
      ]),
    );
    const teams = new Map(
      (await scope.repo(TeamEntity).find({ select: { id: true, name: true } })).map((t) => [
        t.id,
        t.name,
      ]),
    );
    const teamIdsOf = new Map<string, string[]>();
    const teamMembers: { memberId: string; teamId: string }[] = await scope
      .repo(TeamMemberEntity)
      .query('tm')
      .select('tm.memberId', 'memberId')
      .addSelect('tm.teamId', 'teamId')
      .getRawMany();
    for (const tm of teamMembers) {
      const list = teamIdsOf.get(tm.memberId) ?? [];
      list.push(tm.teamId);
      teamIdsOf.set(tm.memberId, list);
    }
    const rolesOf = new Map<string, Role[]>();
    const memberRoles: { memberId: string; role: string }[] = await scope
      .repo(MemberRoleEntity)
      .query('r')
      .select('r.memberId', 'memberId')
      .addSelect('r.role', 'role')
      .getRawMany();
    for (const r of memberRoles) {
      if (!isRole(r.role)) continue;
      const list = rolesOf.get(r.memberId) ?? [];
      list.push(r.role);
      rolesOf.set(r.memberId, list);
    }
    return members
      .filter((m) => m.active || withEntries.has(m.id))
      .map((m) => {
        const teamIds = (teamIdsOf.get(m.id) ?? [])
          .filter((id) => teams.has(id))
          .sort((a, b) => (teams.get(a)! < teams.get(b)! ? -1 : 1));
        return {
          memberId: m.id,
          employeeNumber: m.employeeNumber,
          name: m.displayName,
          reading: m.nameReading,
          active: Boolean(m.active),
          departmentId: m.departmentId,
          department: m.departmentId ? (departments.get(m.departmentId) ?? null) : null,
          teamIds,
          teams: teamIds.map((id) => teams.get(id)!),
          roles: sortRoles(rolesOf.get(m.id) ?? []),
        };
      });
  }

  /** The rule set an export of the period shows: frozen at the lock, else the current one. */
  async rulesFor(tenant: Tenant, period: EvaluationPeriodEntity): Promise<PointRuleSet> {
    if (period.status === 'locked' && period.lockedRulesJson) {
      return JSON.parse(period.lockedRulesJson) as PointRuleSet;
    }
    return this.rules.currentFor(tenant);
  }

  /**
   * The period's rows after the filter, in export order: paged from the snapshot when locked
   * (constant memory), computed when open.
   */
  async source(
    tenant: Tenant,
    period: EvaluationPeriodEntity,
    filter: RowFilter,
  ): Promise<RowSource> {
    const keep = (row: ContributionRow): boolean =>
      (filter.includeInactive || row.active) &&
      (!filter.departmentIds ||
        (row.departmentId !== null && filter.departmentIds.includes(row.departmentId))) &&
      (!filter.teamId || row.teamIds.includes(filter.teamId)) &&
      (!filter.memberId || row.memberId === filter.memberId);
    if (period.status !== 'locked') {
      const rows = (await this.compute(tenant, period)).filter(keep);
      return async function* () {
        yield* rows;
      };
    }
    const repo = this.db.scope(tenant).repo(EvaluationSnapshotEntity);
    return async function* () {
      let after = -1;
      for (;;) {
        const qb = repo
          .query('s')
          .andWhere('s.periodId = :period', { period: period.id })
          .andWhere('s.position > :after', { after });
        if (filter.memberId) qb.andWhere('s.memberId = :member', { member: filter.memberId });
        if (filter.departmentIds) {
          if (filter.departmentIds.length === 0) return;
          qb.andWhere('s.departmentId IN (:...deps)', { deps: filter.departmentIds });
        }
        const page = await qb.orderBy('s.position', 'ASC').take(SNAPSHOT_PAGE).getMany();
        for (const s of page) {
          const row = JSON.parse(s.rowJson) as ContributionRow;
          if (keep(row)) yield row;
        }
        if (page.length < SNAPSHOT_PAGE) return;
        after = page[page.length - 1].position;
      }
    };
  }

  /** Reads all rows of a source (for the self-view and previews). */
  static async collect(source: RowSource): Promise<ContributionRow[]> {
    const rows: ContributionRow[] = [];
    for await (const row of source()) rows.push(row);
    return rows;
  }

  /** Sub-departments count as part of a department (one level of nesting). */
  async departmentAndChildren(tenant: Tenant, departmentId: string): Promise<string[] | null> {
    const repo = this.db.scope(tenant).repo(DepartmentEntity);
    const dep = await repo.findOneBy({ id: departmentId });
    if (!dep) return null;
    const children = await repo.findBy({ parentId: departmentId });
    return [dep.id, ...children.map((c) => c.id)];
  }
}
