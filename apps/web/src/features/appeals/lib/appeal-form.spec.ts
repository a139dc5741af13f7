import {
  appealStatusColor,
  entryAppealInput,
  missingCreditInput,
  resolveAppealInput,
} from './appeal-form';

describe('appeal inputs', () => {
  it('disputes an entry with its issue and the trimmed reason', () => {
    expect(
      entryAppealInput({ entryId: 'e1', issue: 'WRONG_AMOUNT', reason: '  二重です \n' }),
    ).toEqual({ entryId: 'e1', issue: 'WRONG_AMOUNT', reason: '二重です' });
  });

  it('claims a missing credit without an entry id', () => {
    expect(
      missingCreditInput({
        kind: 'templateReused',
        sourceReference: ' /templates/t1 ',
        occurredOn: '2026-11-02',
        reason: '記録されていません',
      }),
    ).toEqual({
      kind: 'templateReused',
      sourceReference: '/templates/t1',
      occurredOn: '2026-11-02',
      reason: '記録されていません',
    });
  });
});

describe('resolveAppealInput', () => {
  it('sends points only with a compensation', () => {
    expect(
      resolveAppealInput({ id: 'a', outcome: 'COMPENSATE', points: '15', reason: ' ok ' }),
    ).toEqual({ id: 'a', outcome: 'COMPENSATE', points: 15, reason: 'ok' });
    expect(
      resolveAppealInput({ id: 'a', outcome: 'COMPENSATE', points: -3, reason: 'x' }).points,
    ).toBe(-3);
    expect(
      resolveAppealInput({ id: 'a', outcome: 'REVERSE', points: 15, reason: 'x' }).points,
    ).toBeNull();
    expect(
      resolveAppealInput({ id: 'a', outcome: 'REJECT', points: '15', reason: 'x' }).points,
    ).toBeNull();
  });

  it('leaves a missing or fractional amount for the API to name', () => {
    expect(
      resolveAppealInput({ id: 'a', outcome: 'COMPENSATE', points: '', reason: 'x' }).points,
    ).toBeNull();
    expect(
      resolveAppealInput({ id: 'a', outcome: 'COMPENSATE', points: '1.5', reason: 'x' }).points,
    ).toBeNull();
  });
});

describe('appealStatusColor', () => {
  it('marks open appeals', () => {
    expect(appealStatusColor('OPEN')).toBe('yellow');
    expect(appealStatusColor('RESOLVED')).toBe('jade');
    expect(appealStatusColor('WITHDRAWN')).toBe('gray');
  });
});
