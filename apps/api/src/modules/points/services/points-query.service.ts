import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  ALL_TIME_KEY,
  describeEntry,
  levelFor,
  PERIOD_KINDS,
  periodOf,
  POINT_EVENT_KINDS,
  POINT_EVENT_LABELS,
  type LevelThreshold,
  type Locale,
  type PointRuleSet,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberEntity } from '../../identity/entities/member.entity';
import {
  type LevelProgress,
  type MyPoints,
  type PeriodPoints,
  type PointHistoryConnection,
  PointPeriodKind,
  type PointRuleSetModel,
} from '../dto/points.model';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { MemberPointTotalEntity } from '../entities/member-point-total.entity';
import { PointsLedgerService, toLedgerEntry } from './points-ledger.service';
import { LevelSettingsService } from './level-settings.service';
import { SourceTitles } from './source-titles';

/** Read side of the ledger: a member's totals, level and explained history. */
@Injectable()
export class PointsQueryService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly titles: SourceTitles,
    private readonly levels: LevelSettingsService,
  ) {}

  async myPoints(viewer: Viewer, now = new Date()): Promise<MyPoints> {
    const scope = this.db.scope(viewer);
    const settings = await this.ledger.settings(scope);
    const periods = PERIOD_KINDS.map((kind) => periodOf(kind, now, settings));
    const keys = [...periods.map((p) => p.key), ALL_TIME_KEY];
    const rows = await scope
      .repo(MemberPointTotalEntity)
      .findBy({ memberId: viewer.memberId, periodKey: In(keys) });
    const points = new Map(rows.map((r) => [r.periodKey, r.points]));
    const locale = viewer.locale;
    const totals: PeriodPoints[] = [
      ...periods.map((p) => ({
        kind: p.kind as PointPeriodKind,
        key: p.key,
        label: p.label[locale],
        points: points.get(p.key) ?? 0,
      })),
      {
        kind: PointPeriodKind.ALL_TIME,
        key: ALL_TIME_KEY,
        label: locale === 'ja' ? '累計' : 'All time',
        points: points.get(ALL_TIME_KEY) ?? 0,
      },
    ];
    const ladder = await this.levels.thresholds(viewer);
    return { totals, level: this.level(points.get(ALL_TIME_KEY) ?? 0, locale, ladder) };
  }

  level(allTime: number, locale: Locale, ladder: LevelThreshold[]): LevelProgress {
    const status = levelFor(allTime, ladder);
    return {
      key: status.level.key,
      name: status.level[locale],
      minPoints: status.level.minPoints,
      nextName: status.next ? status.next[locale] : null,
      pointsToNext: status.pointsToNext,
      progress: status.progress,
    };
  }

  /** Newest first; every entry explained in the viewer's language with its source. */
  async history(
    viewer: Viewer,
    first: number,
    after?: string | null,
  ): Promise<PointHistoryConnection> {
    assertPageSize(first);
    const qb = this.db
      .scope(viewer)
      .repo(LedgerEntryEntity)
      .query('e')
      .andWhere('e.memberId = :member', { member: viewer.memberId });
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('e.id < :id', { id });
    }
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const actorIds = [
      ...new Set(page.map((r) => r.actorId).filter((id): id is string => Boolean(id))),
    ];
    const actors = actorIds.length
      ? await this.db
          .scope(viewer)
          .repo(MemberEntity)
          .find({ where: { id: In(actorIds) }, select: { id: true, displayName: true } })
      : [];
    const actorName = new Map(actors.map((a) => [a.id, a.displayName]));
    const titles = await this.titles.lookup(
      viewer,
      page.map((r) => ({ sourceType: r.sourceType, sourceId: r.sourceId })),
    );
    return {
      edges: page.map((row) => ({
        cursor: encodeCursor([row.id]),
        node: {
          id: row.id,
          points: row.points,
          kind: row.kind,
          category: row.category,
          description: describeEntry(
            toLedgerEntry(row),
            {
              actorName: row.actorId ? (actorName.get(row.actorId) ?? null) : null,
              sourceTitle: titles.get(`${row.sourceType}:${row.sourceId}`) ?? null,
            },
            viewer.locale,
          ),
          occurredAt: row.occurredAt,
          sourceType: row.sourceType,
          sourceId: row.sourceId,
          reversesEntryId: row.reversesEntryId,
          reason: row.reason,
          ruleVersion: row.ruleVersion,
        },
      })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeCursor([page[page.length - 1].id]) : null,
      },
    };
  }

  ruleSetModel(ruleSet: PointRuleSet, locale: Locale): PointRuleSetModel {
    return {
      version: ruleSet.version,
      rules: POINT_EVENT_KINDS.map((kind) => ({
        kind,
        label: POINT_EVENT_LABELS[kind][locale],
        category: ruleSet.rules[kind].category,
        points: ruleSet.rules[kind].points,
        dailyCap: ruleSet.rules[kind].dailyCap,
      })),
    };
  }
}
