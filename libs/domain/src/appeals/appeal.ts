// Appeals (異議申し立て): a member disputes one of their ledger entries or a credit they think is
// missing; HR resolves it by reversing the entry, compensating with a manual adjustment, or
// rejecting it, always with a reason. Every step is an appeal event the member can read.
//
//   open ──resolve(REVERSE|COMPENSATE|REJECT)──▶ resolved (outcome reversed|compensated|rejected)
//     └───withdraw (the member)───────────────▶ withdrawn
//
// Resolved and withdrawn are final: a second resolution is `appeal.notOpen`.
import { POINT_EVENT_KINDS, type PointEventKind } from '../points/point-rules';
import { parseCivilDate, compareCivilDates } from '../shared/civil-date';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import { codePointLength } from '../shared/text';

export const APPEAL_STATUSES = ['open', 'resolved', 'withdrawn'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_OUTCOMES = ['reversed', 'compensated', 'rejected'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** What HR decides; each maps to one outcome. */
export const APPEAL_DECISIONS = ['reverse', 'compensate', 'reject'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

export const OUTCOME_OF_DECISION: Record<AppealDecision, AppealOutcome> = {
  reverse: 'reversed',
  compensate: 'compensated',
  reject: 'rejected',
};

/** Why an entry is disputed. */
export const APPEAL_ENTRY_ISSUES = ['wrongAmount', 'wronglyReversed', 'notMine', 'other'] as const;
export type AppealEntryIssue = (typeof APPEAL_ENTRY_ISSUES)[number];

export const APPEAL_ACTIONS = ['submitted', 'resolved', 'withdrawn'] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

export const APPEAL_REASON_MAX = 2000;
export const APPEAL_REFERENCE_MAX = 500;
/** Compensation: 1–1000 points, or a negative correction down to −1000; never 0. */
export const APPEAL_COMPENSATION_MAX = 1000;

export type AppealSubject =
  | { type: 'entry'; entryId: string; issue: AppealEntryIssue }
  | {
      type: 'missingCredit';
      kind: PointEventKind;
      /** What should have earned it: a link, a title, a description (1–500 characters). */
      sourceReference: string;
      /** Local day it happened (YYYY-MM-DD), not in the future. */
      occurredOn: string;
    };

export type SubmitAppealInput = {
  entryId?: string | null;
  issue?: string | null;
  kind?: string | null;
  sourceReference?: string | null;
  occurredOn?: string | null;
  reason: string;
};

export type ValidAppeal = { subject: AppealSubject; reason: string };

const reasonErrors = (field: string, raw: string | null | undefined): FieldError[] => {
  const reason = (raw ?? '').trim();
  if (reason === '') {
    return [fieldError(field, 'appeal.reasonRequired', 'Give a reason.')];
  }
  if (codePointLength(reason) > APPEAL_REASON_MAX) {
    return [
      fieldError(
        field,
        'appeal.reasonTooLong',
        `The reason may be at most ${APPEAL_REASON_MAX} characters.`,
      ),
    ];
  }
  return [];
};

const isEntryIssue = (v: string): v is AppealEntryIssue =>
  (APPEAL_ENTRY_ISSUES as readonly string[]).includes(v);

const isPointEventKind = (v: string): v is PointEventKind =>
  (POINT_EVENT_KINDS as readonly string[]).includes(v);

/**
 * Validates a member's appeal: either an entry (entryId + issue) or a missing credit (kind +
 * sourceReference + occurredOn, not after `today`), never both; a reason of 1–2000 characters.
 */
export const validateAppeal = (input: SubmitAppealInput, today: string): Result<ValidAppeal> => {
  const errors = reasonErrors('reason', input.reason);
  const entryId = input.entryId?.trim() || null;
  const missing = Boolean(input.kind || input.sourceReference || input.occurredOn);
  if (entryId && missing) {
    return fail([
      fieldError(
        'entryId',
        'appeal.ambiguousSubject',
        'Dispute either a ledger entry or a missing credit, not both.',
      ),
      ...errors,
    ]);
  }
  let subject: AppealSubject | null = null;
  if (entryId) {
    const issue = input.issue ?? 'other';
    if (!isEntryIssue(issue)) {
      errors.push(
        fieldError('issue', 'appeal.unknownIssue', `Use one of ${APPEAL_ENTRY_ISSUES.join(', ')}.`),
      );
    } else {
      subject = { type: 'entry', entryId, issue };
    }
  } else if (missing) {
    const kind = input.kind ?? '';
    const reference = (input.sourceReference ?? '').trim();
    const day = parseCivilDate((input.occurredOn ?? '').trim());
    const todayDate = parseCivilDate(today);
    if (!isPointEventKind(kind)) {
      errors.push(fieldError('kind', 'appeal.unknownKind', 'Choose the kind of credit.'));
    }
    if (reference === '') {
      errors.push(
        fieldError(
          'sourceReference',
          'appeal.referenceRequired',
          'Say what should have earned it.',
        ),
      );
    } else if (codePointLength(reference) > APPEAL_REFERENCE_MAX) {
      errors.push(
        fieldError(
          'sourceReference',
          'appeal.referenceTooLong',
          `At most ${APPEAL_REFERENCE_MAX} characters.`,
        ),
      );
    }
    if (!day) {
      errors.push(fieldError('occurredOn', 'appeal.invalidDate', 'Enter the day as YYYY-MM-DD.'));
    } else if (todayDate && compareCivilDates(day, todayDate) > 0) {
      errors.push(
        fieldError('occurredOn', 'appeal.futureDate', 'The day cannot be in the future.'),
      );
    }
    if (errors.length === 0 && day) {
      subject = {
        type: 'missingCredit',
        kind: kind as PointEventKind,
        sourceReference: reference,
        occurredOn: (input.occurredOn ?? '').trim(),
      };
    }
  } else {
    errors.push(
      fieldError(
        'entryId',
        'appeal.subjectRequired',
        'Choose a ledger entry, or describe the missing credit.',
      ),
    );
  }
  if (errors.length > 0 || !subject) return fail(errors);
  return ok({ subject, reason: input.reason.trim() });
};

export type AppealState = {
  status: AppealStatus;
  memberId: string;
  subject: AppealSubject;
  /** For entry appeals: whether that entry can still be reversed (not a reversal, not reversed). */
  entryReversible?: boolean;
};

export type ResolutionInput = {
  decision: AppealDecision;
  points?: number | null;
  reason: string;
};

export type ValidResolution = {
  decision: AppealDecision;
  outcome: AppealOutcome;
  /** Only for compensate: the adjustment's points. */
  points: number | null;
  reason: string;
};

/**
 * Whether HR (`resolverId`) may resolve the appeal this way. Codes: appeal.notOpen (already
 * resolved or withdrawn: resolving twice is refused), appeal.ownAppeal (nobody resolves their
 * own), appeal.reasonRequired / reasonTooLong, appeal.pointsRequired / pointsOutOfRange (for
 * compensate), appeal.pointsNotAllowed (other decisions), appeal.nothingToReverse (a
 * missing-credit appeal, a reversal entry or one already reversed).
 */
export const validateResolution = (
  appeal: AppealState,
  resolverId: string,
  input: ResolutionInput,
): Result<ValidResolution> => {
  if (appeal.status !== 'open') {
    return fail([fieldError('id', 'appeal.notOpen', `This appeal is already ${appeal.status}.`)]);
  }
  if (appeal.memberId === resolverId) {
    return fail([
      fieldError('id', 'appeal.ownAppeal', 'Another HR member must resolve your own appeal.'),
    ]);
  }
  const errors = reasonErrors('reason', input.reason);
  let points: number | null = null;
  if (input.decision === 'compensate') {
    const p = input.points;
    if (p === null || p === undefined) {
      errors.push(fieldError('points', 'appeal.pointsRequired', 'Enter the points to grant.'));
    } else if (!Number.isInteger(p) || p === 0 || Math.abs(p) > APPEAL_COMPENSATION_MAX) {
      errors.push(
        fieldError(
          'points',
          'appeal.pointsOutOfRange',
          `Grant 1 to ${APPEAL_COMPENSATION_MAX} points, or a negative correction down to -${APPEAL_COMPENSATION_MAX}.`,
        ),
      );
    } else {
      points = p;
    }
  } else if (input.points !== null && input.points !== undefined) {
    errors.push(
      fieldError('points', 'appeal.pointsNotAllowed', 'Points are only given when compensating.'),
    );
  }
  if (
    input.decision === 'reverse' &&
    (appeal.subject.type !== 'entry' || appeal.entryReversible !== true)
  ) {
    errors.push(
      fieldError(
        'outcome',
        'appeal.nothingToReverse',
        appeal.subject.type === 'entry'
          ? 'The disputed entry is a reversal or already reversed; compensate instead.'
          : 'A missing credit has no entry to reverse; compensate instead.',
      ),
    );
  }
  if (errors.length > 0) return fail(errors);
  return ok({
    decision: input.decision,
    outcome: OUTCOME_OF_DECISION[input.decision],
    points,
    reason: input.reason.trim(),
  });
};

/** A member withdraws their own open appeal. Codes: appeal.notOpen, appeal.notYours. */
export const validateWithdrawal = (appeal: AppealState, memberId: string): Result<true> => {
  if (appeal.memberId !== memberId) {
    return fail([
      fieldError('id', 'appeal.notYours', 'Only the member who appealed can withdraw.'),
    ]);
  }
  if (appeal.status !== 'open') {
    return fail([fieldError('id', 'appeal.notOpen', `This appeal is already ${appeal.status}.`)]);
  }
  return ok(true);
};

/** Who may read an appeal and its timeline: the member who filed it, HR and admins. */
export const canViewAppeal = (
  appeal: { memberId: string },
  viewer: { memberId: string; roles: readonly string[] },
): boolean =>
  appeal.memberId === viewer.memberId ||
  viewer.roles.includes('hr') ||
  viewer.roles.includes('admin');

/** Idempotency key of the compensating ledger entry: one per appeal, whatever the retries. */
export const appealCompensationKey = (appealId: string): string => `appeal:${appealId}:compensate`;
/** Key prefix of the reversal written for an appeal (the ledger appends `:reverse:<entryId>`). */
export const appealReversalKeyPrefix = (appealId: string): string => `appeal:${appealId}`;
