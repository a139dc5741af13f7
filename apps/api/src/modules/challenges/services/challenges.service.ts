import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  canCancelChallenge,
  canEditChallenge,
  challengePhase,
  hasAnyRole,
  rankChallengeStandings,
  validateChallengeInput,
  type ChallengeInput,
  type ChallengeMetric,
  type ChallengePhase,
  type ChallengeScoring,
  type ChallengeStanding,
  type ChallengeState,
  type ChallengeUnitType,
  type PeriodSettings,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { OrganizationEntity } from '../../organization/entities/organization.entity';
import { DepartmentEntity } from '../../organization/entities/department.entity';
import { TeamEntity } from '../../organization/entities/team.entity';
import { SourceTitles } from '../../points/services/source-titles';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeUnitEntity } from '../entities/challenge-unit.entity';
import { ChallengeProgressService } from './challenge-progress.service';
import { unitRows } from './unit-names';

export type StandingRow = ChallengeStanding & {
  isMine: boolean;
  unit: TeamEntity | DepartmentEntity | null;
};

/** Creating, editing, cancelling and reading challenges with their standings. */
@Injectable()
export class ChallengesService implements OnModuleInit {
  constructor(
    private readonly db: TenantDataSource,
    private readonly progress: ChallengeProgressService,
    private readonly titles: SourceTitles,
  ) {}

  onModuleInit(): void {
    // Ledger lines of winner points read 「チャレンジ『…』で優勝しました」.
    this.titles.register('challenge', async (tenant, ids) => {
      const rows = await this.db
        .scope(tenant)
        .repo(ChallengeEntity)
        .find({ where: { id: In(ids) }, select: { id: true, title: true } });
      return new Map(rows.map((r) => [r.id, r.title]));
    });
  }

  private async periodSettings(scope: TenantScope): Promise<PeriodSettings> {
    const org = await scope.manager
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: scope.tenant.organizationId });
    return { timeZone: org.timeZone, fiscalYearStartMonth: org.fiscalYearStartMonth };
  }

  private async knownUnits(
    scope: TenantScope,
    unitType: ChallengeUnitType,
    ids: readonly string[],
  ): Promise<Set<string>> {
    return new Set((await unitRows(scope, unitType, ids)).keys());
  }

  private async validate(scope: TenantScope, input: ChallengeInput, now: Date) {
    const [settings, known] = await Promise.all([
      this.periodSettings(scope),
      this.knownUnits(scope, input.unitType, input.unitIds ?? []),
    ]);
    const valid = validateChallengeInput(input, { now, settings, knownUnitIds: known });
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return valid.value;
  }

  /** Admins manage every challenge; ambassadors the ones they created. */
  private mayManage(viewer: Viewer, challenge: ChallengeEntity): boolean {
    return (
      hasAnyRole(viewer.roles, ['admin']) ||
      (hasAnyRole(viewer.roles, ['ambassador']) && challenge.createdBy === viewer.memberId)
    );
  }

  permissions(viewer: Viewer, challenge: ChallengeEntity, now = new Date()) {
    const manage = this.mayManage(viewer, challenge);
    const state = challenge.status as ChallengeState;
    return {
      canEdit: manage && canEditChallenge(state, challenge.startsAt, now),
      canCancel: manage && canCancelChallenge(state),
    };
  }

  async create(viewer: Viewer, input: ChallengeInput, now = new Date()): Promise<ChallengeEntity> {
    if (!hasAnyRole(viewer.roles, ['admin', 'ambassador'])) throw new ForbiddenError();
    const created = await this.db.transaction(viewer, async (scope) => {
      const def = await this.validate(scope, input, now);
      const challenge = scope.repo(ChallengeEntity).create({
        id: uuidv7(),
        title: def.title,
        description: def.description,
        metric: def.metric,
        targetX100: def.targetX100,
        unitType: def.unitType,
        scoring: def.scoring,
        startsAt: def.startsAt,
        endsAt: def.endsAt,
        winnerPoints: def.winnerPoints,
        status: 'active',
        createdBy: viewer.memberId,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await scope.repo(ChallengeEntity).insert(challenge);
      await scope.repo(ChallengeUnitEntity).insert(
        def.unitIds.map((unitId) =>
          scope.repo(ChallengeUnitEntity).create({
            challengeId: challenge.id,
            unitId,
            progress: 0,
            finalHeadcount: null,
            finalRank: null,
            won: false,
            updatedAt: now,
          }),
        ),
      );
      return challenge;
    });
    this.progress.forget(viewer.organizationId);
    // A challenge may start in the past (the default month): count what already happened.
    if (created.startsAt.getTime() <= now.getTime()) await this.progress.refresh(created);
    return created;
  }

  async update(
    viewer: Viewer,
    id: string,
    input: ChallengeInput,
    now = new Date(),
  ): Promise<ChallengeEntity> {
    const updated = await this.db.transaction(viewer, async (scope) => {
      const challenge = await this.load(scope, id);
      if (!this.mayManage(viewer, challenge)) throw new ForbiddenError();
      if (!canEditChallenge(challenge.status as ChallengeState, challenge.startsAt, now)) {
        throw BadUserInputError.field(
          'id',
          'challenge.alreadyStarted',
          'A challenge can be edited only before it starts.',
        );
      }
      const def = await this.validate(scope, input, now);
      Object.assign(challenge, {
        title: def.title,
        description: def.description,
        metric: def.metric,
        targetX100: def.targetX100,
        unitType: def.unitType,
        scoring: def.scoring,
        startsAt: def.startsAt,
        endsAt: def.endsAt,
        winnerPoints: def.winnerPoints,
        updatedAt: now,
      });
      await scope.repo(ChallengeEntity).save(challenge);
      const units = scope.repo(ChallengeUnitEntity);
      await units.delete({ challengeId: id });
      await scope.manager.query(
        'DELETE FROM challenge_progress_keys WHERE organization_id = ? AND challenge_id = ?',
        [viewer.organizationId, id],
      );
      await units.insert(
        def.unitIds.map((unitId) =>
          units.create({
            challengeId: id,
            unitId,
            progress: 0,
            finalHeadcount: null,
            finalRank: null,
            won: false,
            updatedAt: now,
          }),
        ),
      );
      return challenge;
    });
    this.progress.forget(viewer.organizationId);
    if (updated.startsAt.getTime() <= now.getTime()) await this.progress.refresh(updated);
    return updated;
  }

  async cancel(viewer: Viewer, id: string, now = new Date()): Promise<ChallengeEntity> {
    const cancelled = await this.db.transaction(viewer, async (scope) => {
      const challenge = await this.load(scope, id);
      if (!this.mayManage(viewer, challenge)) throw new ForbiddenError();
      const changed = await scope
        .repo(ChallengeEntity)
        .update({ id, status: 'active' }, { status: 'cancelled', updatedAt: now });
      if (changed !== 1) {
        throw BadUserInputError.field(
          'id',
          'challenge.notCancellable',
          'Only a challenge that has not closed can be cancelled.',
        );
      }
      return { ...challenge, status: 'cancelled', updatedAt: now };
    });
    this.progress.forget(viewer.organizationId);
    return cancelled;
  }

  private async load(scope: TenantScope, id: string): Promise<ChallengeEntity> {
    const challenge = await scope.repo(ChallengeEntity).findOneBy({ id });
    if (!challenge) throw new NotFoundError('Challenge');
    return challenge;
  }

  async get(viewer: Viewer, id: string): Promise<ChallengeEntity> {
    return this.load(this.db.scope(viewer), id);
  }

  /**
   * UPCOMING (start ascending), ACTIVE (end ascending, including ones past their end that the
   * job has not closed yet), CLOSED or CANCELLED (end descending: the latest first).
   */
  async list(
    viewer: Viewer,
    status: ChallengePhase,
    first: number,
    after: string | null,
    now = new Date(),
  ): Promise<{ nodes: ChallengeEntity[]; cursors: string[]; hasNextPage: boolean }> {
    assertPageSize(first);
    const q = this.db.scope(viewer).repo(ChallengeEntity).query('c');
    const column = status === 'upcoming' ? 'c.startsAt' : 'c.endsAt';
    const descending = status === 'closed' || status === 'cancelled';
    if (descending) q.andWhere('c.status = :state', { state: status });
    else {
      q.andWhere('c.status = :active', { active: 'active' });
      q.andWhere(status === 'upcoming' ? 'c.startsAt > :now' : 'c.startsAt <= :now', { now });
    }
    if (after) {
      const [ms, id] = decodeCursor(after, 2);
      const at = new Date(Number(ms));
      const op = descending ? '<' : '>';
      q.andWhere(`(${column} ${op} :at OR (${column} = :at AND c.id ${op} :id))`, { at, id });
    }
    const order = descending ? 'DESC' : 'ASC';
    const rows = await q
      .orderBy(column, order)
      .addOrderBy('c.id', order)
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const key = (c: ChallengeEntity) => (status === 'upcoming' ? c.startsAt : c.endsAt);
    return {
      nodes,
      cursors: nodes.map((c) => encodeCursor([key(c).getTime(), c.id])),
      hasNextPage: rows.length > first,
    };
  }

  /**
   * Standings: live (maintained progress, current headcount) while running, frozen final
   * values once closed.
   */
  async standings(viewer: Viewer, challenge: ChallengeEntity): Promise<StandingRow[]> {
    const scope = this.db.scope(viewer);
    const unitType = challenge.unitType as ChallengeUnitType;
    const units = await scope.repo(ChallengeUnitEntity).findBy({ challengeId: challenge.id });
    const ids = units.map((u) => u.unitId);
    const [rows, members] = await Promise.all([
      unitRows(scope, unitType, ids),
      this.progress.membersByUnit(scope, unitType, ids),
    ]);
    const closed = challenge.status === 'closed';
    const ranked = rankChallengeStandings(
      units.map((u) => ({
        unitId: u.unitId,
        name: rows.get(u.unitId)?.name ?? '',
        raw: u.progress,
        headcount: closed ? (u.finalHeadcount ?? 0) : (members.get(u.unitId)?.length ?? 0),
      })),
      {
        metric: challenge.metric as ChallengeMetric,
        scoring: challenge.scoring as ChallengeScoring,
        targetX100: challenge.targetX100,
      },
    );
    const mine = await this.myUnits(scope, viewer, unitType, ids);
    const final = new Map(units.map((u) => [u.unitId, u]));
    return ranked.map((s) => ({
      ...s,
      // Once closed, the stored result is authoritative (ranks and winners as paid).
      rank: closed ? (final.get(s.unitId)?.finalRank ?? s.rank) : s.rank,
      winner: closed ? (final.get(s.unitId)?.won ?? false) : s.winner,
      isMine: mine.has(s.unitId),
      unit: rows.get(s.unitId) ?? null,
    }));
  }

  private async myUnits(
    scope: TenantScope,
    viewer: Viewer,
    unitType: ChallengeUnitType,
    ids: readonly string[],
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (unitType === 'department') {
      const rows: { department_id: string | null }[] = await scope.manager.query(
        'SELECT department_id FROM members WHERE organization_id = ? AND id = ?',
        [viewer.organizationId, viewer.memberId],
      );
      const dept = rows[0]?.department_id;
      return new Set(dept && ids.includes(dept) ? [dept] : []);
    }
    const rows: { team_id: string }[] = await scope.manager.query(
      'SELECT team_id FROM team_members WHERE organization_id = ? AND member_id = ?',
      [viewer.organizationId, viewer.memberId],
    );
    return new Set(rows.map((r) => r.team_id).filter((id) => ids.includes(id)));
  }

  phase(challenge: ChallengeEntity, now = new Date()): ChallengePhase {
    return challengePhase(challenge.status as ChallengeState, challenge.startsAt, now);
  }
}
