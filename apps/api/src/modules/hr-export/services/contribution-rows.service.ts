import { Injectable } from '@nestjs/common';
import { Between, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
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
import { MemberUsageMonthEntity } from '../../points/entities/member-usage-month.entity';
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

/** The options of one pass over a RowSource. */
export type RowReadOptions = {
  /** False when the reader never shows evidence (the scores): it is not computed then. */
  evidence?: boolean;
};

/**
 * Where rows come from: a fresh iterator each call (renderers read them twice). Rows read with
 * `evidence: false` have an empty evidence list.
 */
export type RowSource = (options?: RowReadOptions) => AsyncIterable<ContributionRow>;

const SNAPSHOT_PAGE = 500;
/** Members whose evidence is computed together (one IN list, within every driver's limits). */
export const EVIDENCE_CHUNK = 500;

type Days = { first: string; last: string };
/** A sum of the ledger for one member and the values of some key columns. */
type LedgerSum<K extends string> = Record<K, string> & {
  memberId: string;
  points: string | number;
};

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

  /** Members per evidence query (tests lower it to cross chunk boundaries with few members). */
  evidenceChunk = EVIDENCE_CHUNK;

  /**
   * The rows of the whole population with their evidence, computed now from the ledger (the
   * snapshot of a lock). Exports stream instead: see `source`.
   */
  async compute(tenant: Tenant, period: EvaluationPeriodEntity): Promise<ContributionRow[]> {
    const { rows, days } = await this.rankedRows(tenant, period);
    return ContributionRowsService.collect(() => this.withEvidence(tenant, days, rows));
  }

  /**
   * Every member's row without evidence (ranks need the whole population, so this part is
   * computed for everyone; it holds a few numbers per member): points per category, activity
   * counts, hours saved, badges, ranks and score.
   */
  private async rankedRows(
    tenant: Tenant,
    period: EvaluationPeriodEntity,
  ): Promise<{ rows: ContributionRow[]; days: Days }> {
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

    // Points per member and category: one row per member and category of each part.
    const withEntries = new Set<string>();
    await this.ledgerSums(tenant, days, ['category'], null, (part) => {
      for (const r of part) {
        if (!(POINT_CATEGORIES as readonly string[]).includes(r.category)) continue;
        const f = factsOf(r.memberId);
        const category = r.category as PointCategory;
        f.categoryPoints[category] = (f.categoryPoints[category] ?? 0) + Number(r.points);
        withEntries.add(r.memberId);
      }
    });

    // Activity counts from the counted usage of the period: whole months from
    // member_usage_months, the edge days from member_usage_days.
    const activity = <E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, alias: string) =>
      qb
        .select(`${alias}.memberId`, 'memberId')
        .addSelect(`${alias}.role`, 'role')
        .addSelect(`${alias}.kind`, 'kind')
        .addSelect(`SUM(${alias}.counted)`, 'n')
        .andWhere(`${alias}.counted > 0`)
        .andWhere(
          `((${alias}.role = 'earner' AND ${alias}.kind IN (:...kinds)) OR (${alias}.role = 'actor' AND ${alias}.kind = 'kudosReceived'))`,
          { kinds: Object.keys(EARNER_COUNTS) },
        )
        .groupBy(`${alias}.memberId`)
        .addGroupBy(`${alias}.role`)
        .addGroupBy(`${alias}.kind`)
        .getRawMany<{ memberId: string; role: string; kind: string; n: string | number }>();
    await this.overPeriod(
      days,
      (edge) =>
        activity(
          scope
            .repo(MemberUsageDayEntity)
            .query('u')
            .andWhere('u.localDay BETWEEN :first AND :last', edge),
          'u',
        ),
      (month) =>
        activity(
          scope.repo(MemberUsageMonthEntity).query('u').andWhere('u.month = :month', { month }),
          'u',
        ),
      (part) => {
        for (const r of part) {
          const f = factsOf(r.memberId);
          const column: ActivityCount = r.role === 'actor' ? 'kudosGiven' : EARNER_COUNTS[r.kind];
          f.activity[column] = (f.activity[column] ?? 0) + Number(r.n);
        }
      },
    );

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

    const rows = buildContributionRows(await this.population(tenant, withEntries), facts);
    return { rows, days };
  }

  /**
   * The ledger of the period summed per member and `keys` (the category, or the source): whole
   * months from member_source_months, the partial months at the period's edges from the ledger
   * itself; `each` gets the rows of one part or month at a time (callers add them up, and
   * only one part's result set is in memory). `memberIds` narrows it to some members (an IN
   * list, on both tables' member indexes).
   */
  private async ledgerSums<K extends 'category' | 'sourceType' | 'sourceId'>(
    tenant: Tenant,
    days: Days,
    keys: readonly K[],
    memberIds: readonly string[] | null,
    each: (part: LedgerSum<K>[]) => void,
  ): Promise<void> {
    const scope = this.db.scope(tenant);
    const sum = <E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, alias: string) => {
      qb.select(`${alias}.memberId`, 'memberId')
        .addSelect(`SUM(${alias}.points)`, 'points')
        .groupBy(`${alias}.memberId`);
      for (const key of keys) qb.addSelect(`${alias}.${key}`, key).addGroupBy(`${alias}.${key}`);
      if (memberIds) qb.andWhere(`${alias}.memberId IN (:...memberIds)`, { memberIds });
      return qb.getRawMany<LedgerSum<K>>();
    };
    if (memberIds?.length === 0) return;
    await this.overPeriod(
      days,
      (edge) =>
        sum(
          scope
            .repo(LedgerEntryEntity)
            .query('e')
            .andWhere('e.localDay BETWEEN :first AND :last', edge),
          'e',
        ),
      (month) =>
        sum(
          scope.repo(MemberSourceMonthEntity).query('m').andWhere('m.month = :month', { month }),
          'm',
        ),
      each,
    );
  }

  /**
   * Rows of a period from a pair of aggregates: `month` for each whole calendar month inside
   * it (a monthly table), `edge` for the day ranges of the partial months at its edges (the
   * daily rows). One query per month: within a month the monthly tables' primary keys are in
   * member order, so the database groups as it reads; over several months at once MariaDB
   * sorted them all in a temporary table first (1.1 s instead of 0.25 s for a quarter). Each
   * part goes to `each` as it arrives: one result set in memory at a time.
   */
  private async overPeriod<T>(
    days: Days,
    edge: (range: Days) => Promise<T[]>,
    month: (month: string) => Promise<T[]>,
    each: (part: T[]) => void,
  ): Promise<void> {
    const cover = coverWithMonths(days.first, days.last);
    for (const range of cover.edges) each(await edge(range));
    for (const m of cover.months) each(await month(m));
  }

  /**
   * The rows in order with their evidence (the top five sources by points, with titles),
   * computed `evidenceChunk` members at a time: memory holds one chunk's sources, whatever the
   * size of the organization. Yields copies; the given rows stay without evidence.
   */
  private async *withEvidence(
    tenant: Tenant,
    days: Days,
    rows: readonly ContributionRow[],
  ): AsyncGenerator<ContributionRow> {
    const size = this.evidenceChunk;
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      const evidence = await this.evidenceOf(
        tenant,
        days,
        chunk.map((r) => r.memberId),
      );
      for (const row of chunk) yield { ...row, evidence: evidence.get(row.memberId) ?? [] };
    }
  }

  private async evidenceOf(
    tenant: Tenant,
    days: Days,
    memberIds: readonly string[],
  ): Promise<Map<string, EvidenceItem[]>> {
    // member → "type:id" → points over all categories and parts.
    const bySource = new Map<string, Map<string, number>>();
    const keys = ['sourceType', 'sourceId'] as const;
    await this.ledgerSums(tenant, days, keys, memberIds, (part) => {
      for (const r of part) {
        let sources = bySource.get(r.memberId);
        if (!sources) bySource.set(r.memberId, (sources = new Map()));
        const key = `${r.sourceType}:${r.sourceId}`;
        sources.set(key, (sources.get(key) ?? 0) + Number(r.points));
      }
    });
    const evidence = new Map<string, EvidenceItem[]>();
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
      evidence.set(memberId, picked);
      top.push(...picked);
    }
    const titles = await this.titles.lookup(tenant, top);
    for (const item of top) item.title = titles.get(`${item.sourceType}:${item.sourceId}`) ?? '';
    return evidence;
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
   * (constant memory); computed when open, ranks for everyone up front and evidence for the
   * kept rows a chunk at a time as they are read.
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
      const { rows, days } = await this.rankedRows(tenant, period);
      const kept = rows.filter(keep);
      return (options) =>
        options?.evidence === false
          ? (async function* () {
              yield* kept;
            })()
          : this.withEvidence(tenant, days, kept);
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
