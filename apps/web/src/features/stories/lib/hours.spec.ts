import { previewHours } from './hours';

describe('live hours saved', () => {
  it('computes (before − after) × occurrences ÷ 60 rounded to 0.1 h', () => {
    expect(previewHours({ minutesBefore: 30, minutesAfter: 5, occurrencesPerMonth: 30 })).toEqual({
      kind: 'ok',
      hours: 12.5,
      minutesPerMonth: 750,
    });
    expect(
      previewHours({ minutesBefore: '7.5', minutesAfter: '2', occurrencesPerMonth: '4' }),
    ).toMatchObject({ kind: 'ok', hours: 0.4 });
  });

  it('waits for all three numbers and reports invalid ones by field', () => {
    expect(previewHours({ minutesBefore: 30, minutesAfter: '', occurrencesPerMonth: 4 })).toEqual({
      kind: 'incomplete',
    });
    expect(previewHours({ minutesBefore: 5, minutesAfter: 30, occurrencesPerMonth: 4 })).toEqual({
      kind: 'invalid',
      errors: [{ field: 'minutesAfter', code: 'minutesAfter.notLess' }],
    });
  });
});
