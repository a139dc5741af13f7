/** Give-kudos form: the API's field errors are shown next to the input they are about. */
export const KUDOS_FORM_FIELDS = ['receiverId', 'valueId', 'message'] as const;
export type KudosFormField = (typeof KUDOS_FORM_FIELDS)[number];

export type KudosFormValues = {
  receiverId: string | null;
  valueId: string | null;
  message: string;
};

export type LocalKudosErrorCode = 'kudos.receiverRequired' | 'kudos.valueRequired';

/**
 * Only what the request cannot even be sent without (a receiver and a value); everything else
 * (empty or long message, oneself, budget) is the server's rule and comes back as field codes.
 */
export function localKudosErrors(
  values: KudosFormValues,
): Partial<Record<KudosFormField, LocalKudosErrorCode>> {
  const errors: Partial<Record<KudosFormField, LocalKudosErrorCode>> = {};
  if (!values.receiverId) errors.receiverId = 'kudos.receiverRequired';
  if (!values.valueId) errors.valueId = 'kudos.valueRequired';
  return errors;
}

/** 「今月あと3回」: the budget line; `exhausted` disables sending. */
export function budgetState(budget: { budget: number; used: number; remaining: number } | null): {
  remaining: number | null;
  exhausted: boolean;
} {
  if (!budget) return { remaining: null, exhausted: false };
  const remaining = Math.max(0, budget.remaining);
  return { remaining, exhausted: remaining === 0 };
}
