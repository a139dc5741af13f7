import {
  ARGON2_PARAMETERS,
  generateTemporaryPassword,
  TEMPORARY_PASSWORD_ALPHABET,
  validateNewPassword,
} from './password-policy';

const codes = (password: string, context: { email?: string; displayName?: string } = {}) =>
  validateNewPassword(password, context).map((e) => e.code);

// Deterministic byte source for tests: a simple xorshift stream.
const seededBytes = (seed: number) => {
  let state = seed >>> 0 || 1;
  return (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 0xff;
    }
    return out;
  };
};

describe('validateNewPassword', () => {
  it.each([
    'correct horse battery',
    'chienowa-demo',
    'ちえのわで知識を共有しよう',
    'Tr0ub4dor&3xyz',
    'a'.repeat(11) + 'b',
  ])('accepts %j', (password) => {
    expect(codes(password)).toEqual([]);
  });

  it('enforces 12..128 characters counted in code points', () => {
    expect(codes('short pass')).toEqual(['password.tooShort']);
    expect(codes('x'.repeat(11))).toEqual(['password.tooShort']);
    expect(codes('𠮷'.repeat(11))).toEqual(['password.tooShort']);
    expect(codes('𠮷'.repeat(6) + '田'.repeat(6))).toEqual([]);
    expect(codes('ab'.repeat(64))).toEqual([]);
    expect(codes('ab'.repeat(64) + 'c')).toEqual(['password.tooLong']);
  });

  it('rejects a single repeated character', () => {
    expect(codes('aaaaaaaaaaaa')).toEqual(['password.repeated']);
    expect(codes('　'.repeat(12))).toEqual(['password.repeated']);
  });

  it.each([
    'password1234',
    '123456789012',
    'qwertyuiopas',
    'Password1234',
    'ＰＡＳＳＷＯＲＤ１２３４',
    '1qaz2wsx3edc',
  ])('rejects the common password %j', (password) => {
    expect(codes(password)).toEqual(['password.common']);
  });

  it('rejects passwords containing the email local part (4+ characters), case-insensitively', () => {
    const email = 'taro.yamada@example.com';
    expect(codes('my-Taro.Yamada-secret', { email })).toEqual(['password.containsEmail']);
    expect(codes('yamada loves tea', { email })).toEqual(['password.containsEmail']);
    expect(codes('nice long phrase here', { email })).toEqual([]);
    // Short local parts are too likely to collide with ordinary words.
    expect(codes('bob likes long walks', { email: 'bob@example.com' })).toEqual([]);
    expect(codes('the admin123 of words', { email: 'admin123@example.com' })).toEqual([
      'password.containsEmail',
    ]);
  });

  it('rejects passwords containing a word of the display name', () => {
    expect(codes('mary smith forever', { displayName: 'Mary Smith' })).toEqual([
      'password.containsName',
    ]);
    expect(codes('tanaka ichiro rules', { displayName: '田中 一郎' })).toEqual([]);
  });

  it('reports messages on the password field', () => {
    const [error] = validateNewPassword('short', {});
    expect(error).toEqual({
      field: 'password',
      code: 'password.tooShort',
      message: expect.stringContaining('12'),
    });
  });
});

describe('ARGON2_PARAMETERS', () => {
  it('follows the OWASP argon2id recommendation', () => {
    expect(ARGON2_PARAMETERS).toEqual({
      type: 'argon2id',
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
  });
});

describe('generateTemporaryPassword', () => {
  it('uses no ambiguous characters', () => {
    expect(TEMPORARY_PASSWORD_ALPHABET).not.toMatch(/[0O1lIo]/);
    expect(new Set(TEMPORARY_PASSWORD_ALPHABET).size).toBe(TEMPORARY_PASSWORD_ALPHABET.length);
  });

  it('makes 16-character passwords that pass the policy', () => {
    const random = seededBytes(42);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const password = generateTemporaryPassword(random);
      expect(password).toHaveLength(16);
      expect(password).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
      expect(validateNewPassword(password, {})).toEqual([]);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });

  it('discards bytes that would bias the distribution', () => {
    // 255 is above the largest multiple of the alphabet size, so it must be skipped.
    const bytes = [255, 0, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    let i = 0;
    const source = (n: number) =>
      Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length] ?? 0);
    expect(generateTemporaryPassword(source)).toBe(TEMPORARY_PASSWORD_ALPHABET.slice(0, 16));
  });

  it('throws when the random source is broken', () => {
    expect(() => generateTemporaryPassword((n) => new Uint8Array(n))).toThrow(/random source/);
  });
});
