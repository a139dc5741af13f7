import {
  DEFAULT_MONTHLY_KUDOS_BUDGET,
  KUDOS_MESSAGE_MAX_LENGTH,
  dampedKudosPoints,
  kudosBudget,
  kudosPairDamping,
  kudosPairWindowStart,
  validateKudos,
  validateKudosBudget,
} from './kudos';
import { PER_TARGET_WEEKLY_CAP, isPerTargetCapped, perTargetCapReached } from './per-target-cap';

const draft = (over: Partial<Parameters<typeof validateKudos>[0]> = {}) => ({
  giverId: 'a',
  receiverId: 'b',
  message: '  資料ありがとうございました!  ',
  usedThisMonth: 0,
  monthlyBudget: DEFAULT_MONTHLY_KUDOS_BUDGET,
  ...over,
});

const codes = (r: ReturnType<typeof validateKudos>) => (r.ok ? [] : r.errors.map((e) => e.code));

describe('validateKudos', () => {
  it('accepts a kudos and trims the message', () => {
    expect(validateKudos(draft())).toEqual({
      ok: true,
      value: { message: '資料ありがとうございました!' },
    });
  });

  it('refuses kudos to oneself', () => {
    const r = validateKudos(draft({ receiverId: 'a' }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        expect.objectContaining({ field: 'receiverId', code: 'kudos.self' }),
      ]);
  });

  it.each([[''], ['   '], ['\n\t　']])('requires a message (%j)', (message) => {
    expect(codes(validateKudos(draft({ message })))).toEqual(['kudos.messageRequired']);
  });

  it('limits the message to 500 code points', () => {
    expect(validateKudos(draft({ message: '𠮷'.repeat(KUDOS_MESSAGE_MAX_LENGTH) })).ok).toBe(true);
    expect(
      codes(validateKudos(draft({ message: 'あ'.repeat(KUDOS_MESSAGE_MAX_LENGTH + 1) }))),
    ).toEqual(['kudos.messageTooLong']);
  });

  it('enforces the monthly budget', () => {
    expect(validateKudos(draft({ usedThisMonth: 9 })).ok).toBe(true);
    expect(codes(validateKudos(draft({ usedThisMonth: 10 })))).toEqual(['kudos.overBudget']);
    expect(codes(validateKudos(draft({ usedThisMonth: 3, monthlyBudget: 3 })))).toEqual([
      'kudos.overBudget',
    ]);
  });

  it('reports every problem at once', () => {
    expect(
      codes(validateKudos(draft({ receiverId: 'a', message: '', usedThisMonth: 10 }))),
    ).toEqual(['kudos.self', 'kudos.messageRequired', 'kudos.overBudget']);
  });
});

describe('kudos budget', () => {
  it('computes the remaining budget, never negative', () => {
    expect(kudosBudget(10, 3)).toEqual({ budget: 10, used: 3, remaining: 7 });
    expect(kudosBudget(5, 8)).toEqual({ budget: 5, used: 8, remaining: 0 });
  });

  it('validates a budget setting', () => {
    expect(validateKudosBudget(10)).toEqual({ ok: true, value: 10 });
    for (const bad of [0, -1, 1.5, 1001, Number.NaN]) {
      expect(validateKudosBudget(bad).ok).toBe(false);
    }
  });
});

describe('pair damping', () => {
  it('pays full for the first two, half for the next two, nothing after', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(kudosPairDamping)).toEqual([
      'full',
      'full',
      'half',
      'half',
      'none',
      'none',
      'none',
    ]);
    expect([0, 1, 2, 3, 4].map((n) => dampedKudosPoints(3, n))).toEqual([3, 3, 1, 1, 0]);
    expect(dampedKudosPoints(10, 2)).toBe(5);
  });

  it('looks back 30 days', () => {
    const at = new Date('2026-11-30T00:00:00Z');
    expect(kudosPairWindowStart(at).toISOString()).toBe('2026-10-31T00:00:00.000Z');
  });
});

describe('per-target weekly cap', () => {
  it('applies to likes and kudos only', () => {
    expect(isPerTargetCapped('likeReceived')).toBe(true);
    expect(isPerTargetCapped('kudosReceived')).toBe(true);
    expect(isPerTargetCapped('viewReceived')).toBe(false);
    expect(isPerTargetCapped('templateReused')).toBe(false);
  });

  it('allows three credits per week by default, then stops', () => {
    expect(PER_TARGET_WEEKLY_CAP).toBe(3);
    expect([0, 1, 2, 3, 4].map((n) => perTargetCapReached(n))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(perTargetCapReached(1, 1)).toBe(true);
  });
});
