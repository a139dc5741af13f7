import { checkIdempotentReplay, requestFingerprint, validateIdempotencyKey } from './idempotency';

describe('requestFingerprint', () => {
  it('is independent of key order at every depth', () => {
    const a = requestFingerprint('recordView', { postId: 'p1', meta: { b: 2, a: 1 } });
    const b = requestFingerprint('recordView', { meta: { a: 1, b: 2 }, postId: 'p1' });
    expect(a).toBe(b);
    expect(a).toBe('["recordView",{"meta":{"a":1,"b":2},"postId":"p1"}]');
  });

  it('keeps array order and distinguishes values, types and operations', () => {
    const base = requestFingerprint('op', { ids: ['a', 'b'], n: 1 });
    expect(requestFingerprint('op', { ids: ['b', 'a'], n: 1 })).not.toBe(base);
    expect(requestFingerprint('op', { ids: ['a', 'b'], n: '1' })).not.toBe(base);
    expect(requestFingerprint('other', { ids: ['a', 'b'], n: 1 })).not.toBe(base);
  });

  it('treats an undefined member as absent, and -0 as 0', () => {
    expect(requestFingerprint('op', { a: 1, b: undefined })).toBe(
      requestFingerprint('op', { a: 1 }),
    );
    expect(requestFingerprint('op', { n: -0 })).toBe(requestFingerprint('op', { n: 0 }));
    expect(requestFingerprint('op', { a: null })).not.toBe(requestFingerprint('op', {}));
  });

  it('writes Dates as ISO strings and handles shared (non-circular) references', () => {
    expect(requestFingerprint('op', { at: new Date('2026-11-23T00:00:00Z') })).toBe(
      '["op",{"at":"2026-11-23T00:00:00.000Z"}]',
    );
    const shared = { x: 1 };
    expect(requestFingerprint('op', { a: shared, b: shared })).toBe(
      '["op",{"a":{"x":1},"b":{"x":1}}]',
    );
  });

  it('refuses values it cannot represent faithfully', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => requestFingerprint('op', circular)).toThrow(TypeError);
    expect(() => requestFingerprint('op', { n: Number.NaN })).toThrow(RangeError);
    expect(() => requestFingerprint('op', { n: Infinity })).toThrow(RangeError);
    expect(() => requestFingerprint('op', { f: () => 1 })).toThrow(TypeError);
    expect(() => requestFingerprint('op', { m: new Map() })).toThrow(TypeError);
    expect(() => requestFingerprint('op', { d: new Date('x') })).toThrow(RangeError);
  });
});

describe('checkIdempotentReplay', () => {
  const fp = requestFingerprint('reuseTemplate', { templateId: 't1' });

  it('is new without a stored request', () => {
    expect(checkIdempotentReplay(null, fp)).toBe('new');
  });

  it('replays the same request under the same key', () => {
    expect(
      checkIdempotentReplay(
        { fingerprint: fp },
        requestFingerprint('reuseTemplate', { templateId: 't1' }),
      ),
    ).toBe('replay');
  });

  it('refuses the same key with different arguments', () => {
    expect(
      checkIdempotentReplay(
        { fingerprint: fp },
        requestFingerprint('reuseTemplate', { templateId: 't2' }),
      ),
    ).toBe('conflict');
  });
});

describe('validateIdempotencyKey', () => {
  it.each([
    '0f8c2e8a-7c1b-4d4e-9f00-3b2a1c0d9e8f',
    '01JD3XK6Z8N4Q2R5T7V9W0Y1A3',
    'publish:abc-123:2',
  ])('accepts %s', (key) => {
    expect(validateIdempotencyKey(key).ok).toBe(true);
  });

  it.each(['', 'short', 'has space in it', 'x'.repeat(129), 'ｆｕｌｌｗｉｄｔｈ-key'])(
    'rejects %s',
    (key) => {
      const r = validateIdempotencyKey(key);
      expect(r.ok === false && r.errors[0]?.code).toBe('idempotencyKey.invalid');
    },
  );
});
