import { Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  appealCompensationKey,
  appealReversalKeyPrefix,
  canViewAppeal,
  localDate,
  validateAppeal,
  validateResolution,
  validateWithdrawal,
  type AppealDecision,
  type AppealState,
  type AppealStatus,
  type AppealSubject,
  type SubmitAppealInput,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { ActivityBus } from '../../../common/events/activity-bus';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import { MemberEntity } from '../../identity/entities/member.entity';
import { LedgerEntryEntity } from '../../points/entities/ledger-entry.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import type {
  AppealActionEnum,
  AppealConnection,
  AppealEntryModel,
  AppealIssueEnum,
  AppealModel,
  AppealOutcomeEnum,
  AppealStatusEnum,
  AppealSubjectTypeEnum,
} from '../dto/appeal.model';
import { AppealEventEntity } from '../entities/appeal-event.entity';
import { AppealEntity } from '../entities/appeal.entity';

const notOpen = (status: string) =>
  BadUserInputError.field('id', 'appeal.notOpen', `This appeal is already ${status}.`);

const subjectOf = (a: AppealEntity): AppealSubject =>
  a.subjectType === 'entry'
    ? { type: 'entry', entryId: a.entryId!, issue: (a.issue ?? 'other') as 'other' }
    : {
        type: 'missingCredit',
        kind: a.kind as 'viewReceived',
        sourceReference: a.sourceReference ?? '',
        occurredOn: a.occurredOn ?? '',
      };

/**
 * Appeals (異議申し立て): members dispute their ledger entries or a missing credit; HR and
 * admins resolve them with a reversal, a compensating manual adjustment or a rejection. Each
 * step writes an appeal_events row in the same transaction; resolutions publish appealResolved
 * after commit.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly ledger: PointsLedgerService,
    private readonly bus: ActivityBus,
  ) {}

  async submit(viewer: Viewer, input: SubmitAppealInput): Promise<AppealModel> {
    const scope = this.db.scope(viewer);
    const settings = await this.ledger.settings(scope);
    const valid = validateAppeal(input, localDate(new Date(), settings.timeZone));
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    const { subject, reason } = valid.value;
    const id = uuidv7();
    try {
      await this.db.transaction(viewer, async (tx) => {
        if (subject.type === 'entry') {
          // Only the viewer's own entries, in their organization (the tenant scope adds that).
          const entry = await tx
            .repo(LedgerEntryEntity)
            .findOneBy({ id: subject.entryId, memberId: viewer.memberId });
          if (!entry) throw new NotFoundError('Ledger entry');
        }
        const now = new Date();
        const repo = tx.repo(AppealEntity);
        await repo.insert(
          repo.create({
            id,
            memberId: viewer.memberId,
            status: 'open',
            subjectType: subject.type,
            entryId: subject.type === 'entry' ? subject.entryId : null,
            openEntryKey: subject.type === 'entry' ? subject.entryId : null,
            issue: subject.type === 'entry' ? subject.issue : null,
            kind: subject.type === 'missingCredit' ? subject.kind : null,
            sourceReference: subject.type === 'missingCredit' ? subject.sourceReference : null,
            occurredOn: subject.type === 'missingCredit' ? subject.occurredOn : null,
            reason,
            outcome: null,
            points: null,
            resolutionReason: null,
            resolvedBy: null,
            resolvedAt: null,
            resultEntryId: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.audit(tx, id, viewer.memberId, 'submitted', { reason, at: now });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw BadUserInputError.field(
          'entryId',
          'appeal.alreadyOpen',
          'This entry already has an open appeal.',
        );
      }
      throw error;
    }
    return this.get(viewer, id);
  }

  async resolve(
    viewer: Viewer,
    input: { id: string; decision: AppealDecision; points?: number | null; reason: string },
  ): Promise<AppealModel> {
    await this.db.transaction(viewer, async (tx) => {
      const repo = tx.repo(AppealEntity);
      const appeal = await repo.findOneBy({ id: input.id });
      if (!appeal) throw new NotFoundError('Appeal');
      const state: AppealState = {
        status: appeal.status as AppealStatus,
        memberId: appeal.memberId,
        subject: subjectOf(appeal),
        entryReversible: appeal.entryId ? await this.reversible(tx, appeal.entryId) : false,
      };
      const valid = validateResolution(state, viewer.memberId, input);
      if (!valid.ok) throw new BadUserInputError(valid.errors);
      const { outcome, points, reason } = valid.value;
      const now = new Date();
      // Claim the appeal first: a concurrent resolution waits on this row, then finds it closed.
      const claimed = await repo.update(
        { id: appeal.id, status: 'open' },
        { status: 'resolved', outcome, openEntryKey: null, updatedAt: now },
      );
      if (claimed !== 1) throw notOpen('resolved');

      let resultEntryId: string | null = null;
      let moved = 0;
      if (valid.value.decision === 'reverse') {
        const [reversal] = await this.ledger.reverseEntries(
          tx,
          [appeal.entryId!],
          reason,
          appealReversalKeyPrefix(appeal.id),
          now,
        );
        if (!reversal) {
          throw BadUserInputError.field(
            'outcome',
            'appeal.nothingToReverse',
            'The disputed entry is already reversed; compensate instead.',
          );
        }
        resultEntryId = reversal.id;
        moved = reversal.points;
      } else if (valid.value.decision === 'compensate') {
        const award = await this.ledger.record(
          tx,
          {
            kind: 'manualAdjustment',
            earnerId: appeal.memberId,
            actorId: viewer.memberId,
            sourceType: 'manual',
            sourceId: appeal.id,
            occurredAt: now,
            amount: points!,
          },
          appealCompensationKey(appeal.id),
        );
        if (!award.counted) throw new Error(`Compensation not recorded: ${award.reason}`);
        resultEntryId = award.entryId;
        moved = award.points;
      }
      await repo.update(
        { id: appeal.id },
        {
          points: valid.value.decision === 'compensate' ? points : null,
          resolutionReason: reason,
          resolvedBy: viewer.memberId,
          resolvedAt: now,
          resultEntryId,
        },
      );
      await this.audit(tx, appeal.id, viewer.memberId, 'resolved', {
        outcome,
        points: valid.value.decision === 'reject' ? null : moved,
        entryId: resultEntryId,
        reason,
        at: now,
      });
      tx.afterCommit(() =>
        this.bus.publish({
          type: 'appealResolved',
          organizationId: viewer.organizationId,
          appealId: appeal.id,
          memberId: appeal.memberId,
          resolverId: viewer.memberId,
          outcome,
          points: moved,
          reason,
          occurredAt: now,
        }),
      );
    });
    return this.get(viewer, input.id);
  }

  async withdraw(viewer: Viewer, id: string, reason: string | null): Promise<AppealModel> {
    const text = reason?.trim() || null;
    if (text && text.length > 2000) {
      throw BadUserInputError.field('reason', 'appeal.reasonTooLong', 'At most 2000 characters.');
    }
    await this.db.transaction(viewer, async (tx) => {
      const repo = tx.repo(AppealEntity);
      const appeal = await repo.findOneBy({ id });
      if (!appeal || !canViewAppeal(appeal, viewer)) throw new NotFoundError('Appeal');
      const valid = validateWithdrawal(
        {
          status: appeal.status as AppealStatus,
          memberId: appeal.memberId,
          subject: subjectOf(appeal),
        },
        viewer.memberId,
      );
      if (!valid.ok) throw new BadUserInputError(valid.errors);
      const now = new Date();
      const claimed = await repo.update(
        { id, status: 'open' },
        { status: 'withdrawn', openEntryKey: null, updatedAt: now },
      );
      if (claimed !== 1) throw notOpen('closed');
      await this.audit(tx, id, viewer.memberId, 'withdrawn', { reason: text, at: now });
    });
    return this.get(viewer, id);
  }

  /** One appeal with its timeline: the member who filed it, HR and admins; else NOT_FOUND. */
  async get(viewer: Viewer, id: string): Promise<AppealModel> {
    const scope = this.db.scope(viewer);
    const appeal = await scope.repo(AppealEntity).findOneBy({ id });
    if (!appeal || !canViewAppeal(appeal, viewer)) throw new NotFoundError('Appeal');
    const [model] = await this.hydrate(scope, [appeal]);
    return model;
  }

  /** Newest first; `memberId` restricts to one member (myAppeals). */
  async list(
    viewer: Viewer,
    filter: { status?: AppealStatus | null; memberId?: string | null },
    first: number,
    after: string | null,
  ): Promise<AppealConnection> {
    assertPageSize(first);
    const scope = this.db.scope(viewer);
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    if (filter.memberId) where.memberId = filter.memberId;
    if (after) where.id = LessThan(String(decodeCursor(after, 1)[0]));
    const rows = await scope
      .repo(AppealEntity)
      .find({ where, order: { id: 'DESC' }, take: first + 1 });
    const page = rows.slice(0, first);
    return {
      nodes: await this.hydrate(scope, page),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeCursor([page[page.length - 1].id]) : null,
      },
    };
  }

  private async reversible(scope: TenantScope, entryId: string): Promise<boolean> {
    const repo = scope.repo(LedgerEntryEntity);
    const entry = await repo.findOneBy({ id: entryId });
    if (!entry || entry.reversesEntryId !== null) return false;
    return !(await repo.existsBy({ reversesEntryId: entryId }));
  }

  private async audit(
    scope: TenantScope,
    appealId: string,
    actorId: string,
    action: 'submitted' | 'resolved' | 'withdrawn',
    details: {
      outcome?: string;
      points?: number | null;
      entryId?: string | null;
      reason: string | null;
      at: Date;
    },
  ): Promise<void> {
    const repo = scope.repo(AppealEventEntity);
    await repo.insert(
      repo.create({
        id: uuidv7(),
        appealId,
        actorId,
        action,
        outcome: details.outcome ?? null,
        points: details.points ?? null,
        entryId: details.entryId ?? null,
        reason: details.reason,
        createdAt: details.at,
      }),
    );
  }

  /** Models for a page of appeals: four IN queries, whatever the page size. */
  private async hydrate(scope: TenantScope, appeals: AppealEntity[]): Promise<AppealModel[]> {
    if (appeals.length === 0) return [];
    const ids = appeals.map((a) => a.id);
    const events = await scope
      .repo(AppealEventEntity)
      .find({ where: { appealId: In(ids) }, order: { id: 'ASC' } });
    const entryIds = [...new Set(appeals.flatMap((a) => (a.entryId ? [a.entryId] : [])))];
    const ledger = scope.repo(LedgerEntryEntity);
    const entries = entryIds.length ? await ledger.findBy({ id: In(entryIds) }) : [];
    const reversed = new Set(
      entryIds.length
        ? (await ledger.findBy({ reversesEntryId: In(entryIds) })).map((e) => e.reversesEntryId)
        : [],
    );
    const memberIds = [
      ...new Set([...appeals.map((a) => a.memberId), ...events.map((e) => e.actorId)]),
    ];
    const names = new Map(
      (
        await scope
          .repo(MemberEntity)
          .find({ where: { id: In(memberIds) }, select: { id: true, displayName: true } })
      ).map((m) => [m.id, m.displayName]),
    );
    const entryById = new Map(
      entries.map((e): [string, AppealEntryModel] => [
        e.id,
        {
          id: e.id,
          kind: e.kind,
          points: e.points,
          sourceType: e.sourceType,
          sourceId: e.sourceId,
          occurredAt: e.occurredAt,
          reversesEntryId: e.reversesEntryId,
          reason: e.reason,
          reversed: reversed.has(e.id),
        },
      ]),
    );
    return appeals.map((a) => ({
      id: a.id,
      memberId: a.memberId,
      memberName: names.get(a.memberId) ?? '',
      status: a.status as AppealStatusEnum,
      subjectType: a.subjectType as AppealSubjectTypeEnum,
      entry: a.entryId ? (entryById.get(a.entryId) ?? null) : null,
      issue: a.issue as AppealIssueEnum | null,
      kind: a.kind,
      sourceReference: a.sourceReference,
      occurredOn: a.occurredOn,
      reason: a.reason,
      outcome: a.outcome as AppealOutcomeEnum | null,
      points: a.points,
      resolutionReason: a.resolutionReason,
      resolvedById: a.resolvedBy,
      resolvedAt: a.resolvedAt,
      resultEntryId: a.resultEntryId,
      createdAt: a.createdAt,
      events: events
        .filter((e) => e.appealId === a.id)
        .map((e) => ({
          id: e.id,
          action: e.action as AppealActionEnum,
          actorId: e.actorId,
          actorName: names.get(e.actorId) ?? '',
          outcome: e.outcome as AppealOutcomeEnum | null,
          points: e.points,
          entryId: e.entryId,
          reason: e.reason,
          createdAt: e.createdAt,
        })),
    }));
  }
}
