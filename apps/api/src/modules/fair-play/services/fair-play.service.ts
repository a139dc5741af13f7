import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  detectCollusion,
  selectExcessEntries,
  validateFairPlayKinds,
  validateFairPlayPeriod,
  validateFairPlayReason,
  type CreditEdge,
  type FairPlayKind,
  type FairPlayPeriod,
  type FairPlayReport,
  type FieldError,
  type SuspiciousGroup,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import { MemberEntity } from '../../identity/entities/member.entity';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import type { MemberModel } from '../../identity/dto/member.model';
import { LedgerEntryEntity } from '../../points/entities/ledger-entry.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import {
  FairPlayGroupKindEnum,
  type FairPlayGroupModel,
  type FairPlayKindEnum,
  type FairPlayReportModel,
  type FairPlayReversalModel,
} from '../dto/fair-play.model';
import { FairPlayReversalEntity } from '../entities/fair-play-reversal.entity';

type Query = { from: string; to: string; kinds?: readonly string[] | null };

/** A group with its excess entries (most recent credits beyond the allowance). */
type Computed = {
  report: FairPlayReport;
  excess: Map<string, { entry: LedgerEntryEntity; reversed: boolean }[]>;
};

const CHUNK = 500;
const chunks = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) =>
    list.slice(i * CHUNK, (i + 1) * CHUNK),
  );

/**
 * The fair-play report (admins and HR): pairs and circles of members who credit each other far
 * above the organization's norm (detection in libs/domain fair-play/collusion.ts), with the
 * evidence, and the reversal of their excess as ledger reversal entries with an audit row.
 */
@Injectable()
export class FairPlayService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
  ) {}

  private validate(input: Query, reason?: string) {
    const errors: FieldError[] = [];
    const period = validateFairPlayPeriod(input.from, input.to);
    if (!period.ok) errors.push(...period.errors);
    const kinds = validateFairPlayKinds(input.kinds);
    if (!kinds.ok) errors.push(...kinds.errors);
    const why = reason === undefined ? null : validateFairPlayReason(reason);
    if (why && !why.ok) errors.push(...why.errors);
    if (errors.length > 0 || !period.ok || !kinds.ok) throw new BadUserInputError(errors);
    return { period: period.value, kinds: kinds.value, reason: why?.ok ? why.value : '' };
  }

  /** Counted, non-reversal credit entries between two members in the period, of the kinds. */
  private credits(scope: TenantScope, period: FairPlayPeriod, kinds: readonly FairPlayKind[]) {
    return scope
      .repo(LedgerEntryEntity)
      .query('e')
      .andWhere('e.localDay >= :from AND e.localDay <= :to', period)
      .andWhere('e.kind IN (:...kinds)', { kinds })
      .andWhere('e.reversesEntryId IS NULL')
      .andWhere('e.actorId IS NOT NULL')
      .andWhere('e.actorId <> e.memberId')
      .andWhere('e.points > 0');
  }

  /** One GROUP BY for the whole organization, then one read of the flagged groups' entries. */
  private async compute(
    scope: TenantScope,
    period: FairPlayPeriod,
    kinds: readonly FairPlayKind[],
  ): Promise<Computed> {
    const rows = await this.credits(scope, period, kinds)
      .select('e.actorId', 'actorId')
      .addSelect('e.memberId', 'earnerId')
      .addSelect('e.kind', 'kind')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(e.points)', 'points')
      .groupBy('e.actorId')
      .addGroupBy('e.memberId')
      .addGroupBy('e.kind')
      .getRawMany<{
        actorId: string;
        earnerId: string;
        kind: FairPlayKind;
        n: string | number;
        points: string | number;
      }>();
    const edges: CreditEdge[] = rows.map((r) => ({
      actorId: r.actorId,
      earnerId: r.earnerId,
      kind: r.kind,
      count: Number(r.n),
      points: Number(r.points),
    }));
    const report = detectCollusion(edges, { period, kinds });
    const excess: Computed['excess'] = new Map();
    const flagged = [...new Set(report.groups.flatMap((g) => g.memberIds))].sort();
    if (flagged.length === 0) return { report, excess };

    const entries = await this.credits(scope, period, kinds)
      .andWhere('e.actorId IN (:...flagged) AND e.memberId IN (:...flagged)', { flagged })
      .getMany();
    const picked = new Map(
      report.groups.map((g) => [
        g.id,
        selectExcessEntries(
          g,
          entries.map((entry) => ({
            id: entry.id,
            actorId: entry.actorId!,
            earnerId: entry.memberId,
            occurredAt: entry.occurredAt,
            points: entry.points,
            entry,
          })),
        ),
      ]),
    );
    const reversed = new Set<string>();
    const allIds = [...picked.values()].flatMap((list) => list.map((p) => p.id));
    for (const ids of chunks(allIds)) {
      const rows = await scope
        .repo(LedgerEntryEntity)
        .find({ where: { reversesEntryId: In(ids) }, select: { id: true, reversesEntryId: true } });
      for (const r of rows) reversed.add(r.reversesEntryId!);
    }
    for (const [groupId, list] of picked) {
      excess.set(
        groupId,
        list.map((p) => ({ entry: p.entry, reversed: reversed.has(p.id) })),
      );
    }
    return { report, excess };
  }

  private async members(scope: TenantScope, ids: Iterable<string>) {
    const unique = [...new Set(ids)];
    const map = new Map<string, MemberModel>();
    for (const chunk of chunks(unique)) {
      for (const m of await scope.repo(MemberEntity).findBy({ id: In(chunk) })) {
        map.set(m.id, toMemberModel(m));
      }
    }
    return map;
  }

  private toReversalModel(
    row: FairPlayReversalEntity,
    members: Map<string, MemberModel>,
  ): FairPlayReversalModel {
    return {
      id: row.id,
      groupId: row.groupId,
      from: row.periodFrom,
      to: row.periodTo,
      kinds: row.kinds.split(',') as FairPlayKindEnum[],
      members: (JSON.parse(row.memberIds) as string[])
        .map((id) => members.get(id))
        .filter((m): m is MemberModel => m !== undefined),
      reason: row.reason,
      reversedBy: members.get(row.reversedById) ?? null,
      entriesReversed: row.entriesReversed,
      pointsReversed: row.pointsReversed,
      createdAt: row.createdAt,
    };
  }

  async report(viewer: Viewer, input: Query): Promise<FairPlayReportModel> {
    const { period, kinds } = this.validate(input);
    const scope = this.db.scope(viewer);
    const { report, excess } = await this.compute(scope, period, kinds);
    const audits =
      report.groups.length === 0
        ? []
        : await scope.repo(FairPlayReversalEntity).find({
            where: { groupId: In(report.groups.map((g) => g.id)) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
    const members = await this.members(scope, [
      ...report.groups.flatMap((g) => g.memberIds),
      ...audits.map((a) => a.reversedById),
    ]);
    return {
      from: period.from,
      to: period.to,
      kinds: report.kinds as FairPlayKindEnum[],
      norm: report.norm,
      groups: report.groups.map((g) =>
        this.toGroupModel(
          g,
          excess.get(g.id) ?? [],
          audits.filter((a) => a.groupId === g.id),
          members,
        ),
      ),
    };
  }

  private toGroupModel(
    group: SuspiciousGroup,
    excess: { entry: LedgerEntryEntity; reversed: boolean }[],
    audits: FairPlayReversalEntity[],
    members: Map<string, MemberModel>,
  ): FairPlayGroupModel {
    const member = (id: string) => members.get(id)!;
    const sum = (list: typeof excess) => list.reduce((s, x) => s + x.entry.points, 0);
    const excessPoints = sum(excess);
    const reversedPoints = sum(excess.filter((x) => x.reversed));
    return {
      id: group.id,
      kind: group.kind === 'pair' ? FairPlayGroupKindEnum.PAIR : FairPlayGroupKindEnum.CIRCLE,
      members: group.memberIds.map(member),
      edges: group.edges.map((e) => ({
        actor: member(e.actorId),
        earner: member(e.earnerId),
        count: e.count,
        points: e.points,
        share: e.share,
        heavy: e.heavy,
        excessCount: e.excessCount,
        excessPoints: sum(
          excess.filter((x) => x.entry.actorId === e.actorId && x.entry.memberId === e.earnerId),
        ),
        byKind: e.byKind.map((k) => ({ ...k, kind: k.kind as FairPlayKindEnum })),
      })),
      totalCount: group.totalCount,
      totalPoints: group.totalPoints,
      excessCount: group.excessCount,
      excessPoints,
      reversedPoints,
      pendingPoints: excessPoints - reversedPoints,
      alreadyReversed: excess.length > 0 && excess.every((x) => x.reversed),
      reversals: audits.map((a) => this.toReversalModel(a, members)),
    };
  }

  /**
   * Recomputes the group and reverses its excess entries not reversed yet, with an audit row.
   * Idempotent: once the excess is reversed, running it again reverses nothing (it still
   * records who tried, with 0 entries). A concurrent duplicate loses on the ledger's unique
   * index and is retried once, finding nothing left to reverse.
   */
  async reverse(
    viewer: Viewer,
    input: Query & { groupId: string; reason: string },
  ): Promise<FairPlayReversalModel> {
    const { period, kinds, reason } = this.validate(input, input.reason);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction(viewer, async (scope) => {
          const { report, excess } = await this.compute(scope, period, kinds);
          const group = report.groups.find((g) => g.id === input.groupId);
          if (!group) throw new NotFoundError('Fair-play group');
          const pending = (excess.get(group.id) ?? []).filter((x) => !x.reversed);
          const auditId = uuidv7();
          const written = await this.ledger.reverseEntries(
            scope,
            pending.map((x) => x.entry.id),
            reason,
            `fairplay:${auditId}`,
          );
          const row = scope.repo(FairPlayReversalEntity).create({
            id: auditId,
            groupId: group.id,
            periodFrom: period.from,
            periodTo: period.to,
            kinds: kinds.join(','),
            memberIds: JSON.stringify(group.memberIds),
            reason,
            reversedById: viewer.memberId,
            entriesReversed: written.length,
            pointsReversed: -written.reduce((s, r) => s + r.points, 0),
            createdAt: new Date(),
          });
          await scope.repo(FairPlayReversalEntity).insert(row);
          const members = await this.members(scope, [...group.memberIds, viewer.memberId]);
          return this.toReversalModel(row, members);
        });
      } catch (error) {
        if (attempt < 2 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }
}
