// Kudos (称賛): a member thanks a colleague with a message and one of the organization's values.
// Pure rules: validation of a kudos, the monthly budget per giver, and pair damping (a pair that
// praises each other again and again earns less). The API loads the counts under a lock and
// stores the result.
import { codePointLength } from '../shared/text';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const KUDOS_MESSAGE_MAX_LENGTH = 500;
export const DEFAULT_MONTHLY_KUDOS_BUDGET = 10;
export const KUDOS_BUDGET_MAX = 1_000;

export type KudosDraft = {
  giverId: string;
  receiverId: string;
  message: string;
  /** Kudos the giver already gave in the current local month (organization's time zone). */
  usedThisMonth: number;
  /** The organization's monthly budget per giver. */
  monthlyBudget: number;
};

/**
 * A kudos is valid when the message is 1–500 characters after trimming (code points), the
 * receiver is someone else, and the giver has budget left this month. Returns the trimmed
 * message. Errors (all reported at once):
 * - receiverId / kudos.self
 * - message / kudos.messageRequired, kudos.messageTooLong
 * - receiverId / kudos.overBudget
 */
export const validateKudos = (draft: KudosDraft): Result<{ message: string }> => {
  const errors: FieldError[] = [];
  if (draft.giverId === draft.receiverId) {
    errors.push(fieldError('receiverId', 'kudos.self', 'You cannot give kudos to yourself.'));
  }
  const message = draft.message.trim();
  if (message.length === 0) {
    errors.push(fieldError('message', 'kudos.messageRequired', 'Write a message.'));
  } else if (codePointLength(message) > KUDOS_MESSAGE_MAX_LENGTH) {
    errors.push(
      fieldError(
        'message',
        'kudos.messageTooLong',
        `The message can be at most ${KUDOS_MESSAGE_MAX_LENGTH} characters.`,
      ),
    );
  }
  if (kudosBudget(draft.monthlyBudget, draft.usedThisMonth).remaining <= 0) {
    errors.push(
      fieldError(
        'receiverId',
        'kudos.overBudget',
        `You have used all ${draft.monthlyBudget} kudos of this month.`,
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok({ message });
};

export type KudosBudget = { budget: number; used: number; remaining: number };

export const kudosBudget = (budget: number, used: number): KudosBudget => ({
  budget,
  used,
  remaining: Math.max(0, budget - used),
});

/** A monthly budget is a whole number from 1 to 1,000. */
export const validateKudosBudget = (budget: number): Result<number> =>
  Number.isInteger(budget) && budget >= 1 && budget <= KUDOS_BUDGET_MAX
    ? ok(budget)
    : fail([
        fieldError(
          'monthlyKudosBudget',
          'kudos.invalidBudget',
          `The monthly budget must be a whole number from 1 to ${KUDOS_BUDGET_MAX.toLocaleString('en-US')}.`,
        ),
      ]);

// ---------------------------------------------------------------- pair damping

/** How far back kudos between the same two members count as "repeated". */
export const KUDOS_PAIR_WINDOW_DAYS = 30;

/**
 * Pair damping: kudos between the same two members (either direction, A→B and B→A together)
 * within the last 30 days pay less, so two friends cannot farm points off each other:
 * - the 1st and 2nd kudos of the pair in the window pay the full rule points;
 * - the 3rd and 4th pay half (rounded down);
 * - from the 5th on they pay nothing (the kudos is still given and shown).
 * `priorPairKudos` counts the pair's kudos in the window before this one.
 */
export const KUDOS_PAIR_FULL = 2;
export const KUDOS_PAIR_HALF = 2;

export type PairDamping = 'full' | 'half' | 'none';

export const kudosPairDamping = (priorPairKudos: number): PairDamping => {
  const prior = Math.max(0, Math.floor(priorPairKudos));
  if (prior < KUDOS_PAIR_FULL) return 'full';
  if (prior < KUDOS_PAIR_FULL + KUDOS_PAIR_HALF) return 'half';
  return 'none';
};

/** The points a kudos pays after pair damping, from the rule's points. */
export const dampedKudosPoints = (rulePoints: number, priorPairKudos: number): number => {
  switch (kudosPairDamping(priorPairKudos)) {
    case 'full':
      return rulePoints;
    case 'half':
      return Math.floor(rulePoints / 2);
    case 'none':
      return 0;
  }
};

/** Start of the pair-damping window for a kudos given at `at`. */
export const kudosPairWindowStart = (at: Date): Date =>
  new Date(at.getTime() - KUDOS_PAIR_WINDOW_DAYS * 24 * 60 * 60 * 1000);
