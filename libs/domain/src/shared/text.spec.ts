import { codePointLength, normalizeText } from './text';

describe('normalizeText', () => {
  it('applies NFKC, trims and collapses whitespace including the full-width space', () => {
    expect(normalizeText('  ＡＢＣ　　ｶﾀｶﾅ \t 123 ')).toBe('ABC カタカナ 123');
  });

  it('leaves already normal text unchanged', () => {
    expect(normalizeText('山田 太郎')).toBe('山田 太郎');
  });

  it('returns an empty string for whitespace only', () => {
    expect(normalizeText(' 　\n ')).toBe('');
  });
});

describe('codePointLength', () => {
  it('counts surrogate pairs as one character', () => {
    expect('𠮷田'.length).toBe(3);
    expect(codePointLength('𠮷田')).toBe(2);
    expect(codePointLength('')).toBe(0);
  });
});
