import { fieldError, type FieldError } from '../shared/result';
import { codePointLength } from '../shared/text';

// NIST SP 800-63B / OWASP: long passphrases, a blocklist, no composition rules, no expiry.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** OWASP's minimum argon2id configuration (memory in KiB: 19 MiB, 2 passes, 1 lane). */
export const ARGON2_PARAMETERS = Object.freeze({
  type: 'argon2id',
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const);

// The most common leaked passwords that are long enough to pass the length rule, and
// their keyboard-walk and word+digits relatives (compared case-insensitively).
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789012345',
  '1234567890123456',
  '123123123123',
  '123412341234',
  '111111111111',
  '000000000000',
  '098765432109',
  '987654321098',
  '121212121212',
  '112233445566',
  '147258369147',
  '789456123789',
  '159753159753',
  '246813579246',
  '102030405060',
  'abcdefghijkl',
  'abcdefghijklm',
  'abcdefghijklmnop',
  'abcd12345678',
  'abc123456789',
  'abc123abc123',
  'abcabcabcabc',
  'aaaaaa111111',
  'qwertyuiopas',
  'qwertyuiopasdfgh',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwerty123456',
  'qwertyqwerty',
  'qwerty12345678',
  'asdfghjkl123',
  'asdfghjklqwe',
  'asdfasdfasdf',
  'zxcvbnm12345',
  'zxcvbnmasdfg',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  'q1w2e3r4t5y6',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qazwsxedcrfv',
  'qazwsxedc123',
  'zaq12wsxcde3',
  'zaq1zaq1zaq1',
  'password1234',
  'password12345',
  'password123456',
  'password123!',
  'password!123',
  'password0000',
  'passwordpassword',
  'p@ssw0rd1234',
  'p@ssword1234',
  'passw0rd1234',
  'mypassword123',
  'newpassword1',
  'changeme1234',
  'changeme123!',
  'welcome12345',
  'welcome123456',
  'welcome@1234',
  'letmein12345',
  'letmein123456',
  'iloveyou1234',
  'iloveyou12345',
  'administrator',
  'administrator1',
  'admin1234567',
  'admin123456789',
  'adminadmin123',
  'trustno11234',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'dragon123456',
  'monkey123456',
  'superman1234',
  'starwars1234',
  'pokemon12345',
  'doraemon1234',
  'naruto123456',
  'sakura123456',
  'tokyo1234567',
  'nihon1234567',
  'japan1234567',
  'pass12345678',
  'test12345678',
  'testtesttest',
  'user12345678',
  'login1234567',
  'master123456',
  'secret123456',
  'computer1234',
  'internet1234',
  'samsung12345',
  'whatever1234',
  'correcthorsebatterystaple',
]);

/** Lower-cased words from the context that a password must not contain (4+ characters). */
const contextWords = (text: string, split: RegExp): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(split)
    .filter((word) => codePointLength(word) >= 4);

/**
 * Checks a new password against OWASP/NIST rules. Returns every problem (empty when fine).
 * Compares on NFKC so `ｐａｓｓｗｏｒｄ１２３４` counts as `password1234`.
 */
export const validateNewPassword = (
  password: string,
  context: { email?: string; displayName?: string },
): FieldError[] => {
  const errors: FieldError[] = [];
  const length = codePointLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    errors.push(
      fieldError(
        'password',
        'password.tooShort',
        `Use at least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`,
      ),
    );
    return errors;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    errors.push(
      fieldError('password', 'password.tooLong', `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    );
    return errors;
  }
  const folded = password.normalize('NFKC').toLowerCase();
  if (new Set(folded).size === 1) {
    errors.push(fieldError('password', 'password.repeated', 'Do not repeat a single character.'));
  } else if (COMMON_PASSWORDS.has(folded)) {
    errors.push(
      fieldError('password', 'password.common', 'This password is too common. Choose another.'),
    );
  }
  const local = context.email?.split('@')[0] ?? '';
  // The whole local part, and its pieces (taro.yamada → taro, yamada).
  const emailWords = [...contextWords(local, /@/), ...contextWords(local, /[._+-]+/)];
  if (emailWords.some((word) => folded.includes(word))) {
    errors.push(
      fieldError(
        'password',
        'password.containsEmail',
        'Do not use your email address in your password.',
      ),
    );
  }
  const nameWords = contextWords(context.displayName ?? '', /\s+/u);
  if (nameWords.some((word) => folded.includes(word))) {
    errors.push(
      fieldError('password', 'password.containsName', 'Do not use your name in your password.'),
    );
  }
  return errors;
};

// No 0/O/o, 1/l/I: the password is read aloud or typed from a printout.
export const TEMPORARY_PASSWORD_ALPHABET =
  'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
export const TEMPORARY_PASSWORD_LENGTH = 16;

/**
 * A 16-character temporary password from an unambiguous alphabet. The random source is a
 * parameter (the API passes crypto.randomBytes) so the domain stays pure and testable.
 * Rejection sampling keeps every character equally likely. Throws if the source keeps
 * producing passwords the policy rejects, which only a broken generator does.
 */
export const generateTemporaryPassword = (randomBytes: (n: number) => Uint8Array): string => {
  const alphabet = TEMPORARY_PASSWORD_ALPHABET;
  // Largest multiple of the alphabet size that fits in a byte; bytes above it are discarded.
  const limit = 256 - (256 % alphabet.length);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    let password = '';
    for (let draws = 0; password.length < TEMPORARY_PASSWORD_LENGTH && draws < 64; draws += 1) {
      for (const byte of randomBytes(TEMPORARY_PASSWORD_LENGTH * 2)) {
        if (byte < limit) password += alphabet[byte % alphabet.length];
        if (password.length === TEMPORARY_PASSWORD_LENGTH) break;
      }
    }
    if (
      password.length === TEMPORARY_PASSWORD_LENGTH &&
      validateNewPassword(password, {}).length === 0
    ) {
      return password;
    }
  }
  throw new Error('The random source produced no acceptable temporary password.');
};
