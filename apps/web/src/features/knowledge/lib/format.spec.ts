import { formatDate, newIdempotencyKey } from './format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('returns a new v4 UUID each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(UUID);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('works without crypto.randomUUID (plain-HTTP intranet)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(UUID);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

describe('formatDate', () => {
  it('formats timestamps and ignores invalid ones', () => {
    expect(formatDate('2026-11-23T05:00:00.000Z', 'ja')).toBe('2026年11月23日');
    expect(formatDate('2026-11-23T05:00:00.000Z', 'en')).toBe('November 23, 2026');
    expect(formatDate('not a date', 'ja')).toBe('');
  });
});
