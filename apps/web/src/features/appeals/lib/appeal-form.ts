// Pure helpers for the appeal forms (異議申し立て): the API input from what was typed.
import { POINT_EVENT_KINDS, type PointEventKind } from '@chienowa/domain';
import type {
  AppealDecision,
  AppealIssue,
  AppealStatus,
  ResolveAppealInput,
  SubmitAppealInput,
} from '../../../generated/graphql';

export const APPEAL_ISSUES = [
  'WRONG_AMOUNT',
  'WRONGLY_REVERSED',
  'NOT_MINE',
  'OTHER',
] as const satisfies readonly AppealIssue[];

export const APPEAL_DECISIONS = [
  'REVERSE',
  'COMPENSATE',
  'REJECT',
] as const satisfies readonly AppealDecision[];

export const APPEAL_STATUSES = [
  'OPEN',
  'RESOLVED',
  'WITHDRAWN',
] as const satisfies readonly AppealStatus[];

/** Kinds of credit a member may say is missing (automatic ones; not HR's own adjustments). */
export const MISSING_CREDIT_KINDS = POINT_EVENT_KINDS.filter(
  (kind): kind is Exclude<PointEventKind, 'manualAdjustment'> => kind !== 'manualAdjustment',
);

export type EntryAppealForm = { entryId: string; issue: AppealIssue; reason: string };
export type MissingCreditForm = {
  kind: string;
  sourceReference: string;
  occurredOn: string;
  reason: string;
};

export function entryAppealInput(form: EntryAppealForm): SubmitAppealInput {
  return { entryId: form.entryId, issue: form.issue, reason: form.reason.trim() };
}

export function missingCreditInput(form: MissingCreditForm): SubmitAppealInput {
  return {
    kind: form.kind,
    sourceReference: form.sourceReference.trim(),
    occurredOn: form.occurredOn.trim(),
    reason: form.reason.trim(),
  };
}

/**
 * Points travel only with a compensation (the API refuses them otherwise); an empty or
 * non-numeric field is sent as null so the API names the missing amount.
 */
export function resolveAppealInput(form: {
  id: string;
  outcome: AppealDecision;
  points: string | number;
  reason: string;
}): ResolveAppealInput {
  const raw = typeof form.points === 'number' ? form.points : Number(form.points.trim() || NaN);
  const points = form.outcome === 'COMPENSATE' && Number.isInteger(raw) ? raw : null;
  return { id: form.id, outcome: form.outcome, points, reason: form.reason.trim() };
}

export function appealStatusColor(status: AppealStatus): string {
  return status === 'OPEN' ? 'yellow' : status === 'RESOLVED' ? 'jade' : 'gray';
}
