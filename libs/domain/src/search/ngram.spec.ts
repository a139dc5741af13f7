import { mapText, originalRange } from './mapped-text';
import {
  SEARCH_WORD_MAX_LENGTH,
  highlightSnippet,
  indexTokens,
  normalizeForSearch,
  queryTokens,
  type QueryToken,
} from './ngram';

// What a token index does with these tokens: every query token must match an index token,
// exactly or (prefix tokens) as the start of one.
const matches = (text: string, query: string): boolean => {
  const index = indexTokens(text);
  const tokens = queryTokens(query);
  return (
    tokens.length > 0 &&
    tokens.every(({ token, prefix }: QueryToken) =>
      index.some((t) => (prefix ? t.startsWith(token) : t === token)),
    )
  );
};

describe('normalizeForSearch', () => {
  it('folds width, case and hiragana, and collapses whitespace', () => {
    expect(normalizeForSearch('  ＡＢＣ　ChatGPT  ')).toBe('abc chatgpt');
    expect(normalizeForSearch('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(normalizeForSearch('ぎじろく')).toBe('ギジロク');
    expect(normalizeForSearch('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalizeForSearch('いすゞ')).toBe('イスヾ');
  });

  it('keeps kanji and the long-vowel mark as they are', () => {
    expect(normalizeForSearch('議事録サーバー')).toBe('議事録サーバー');
  });
});

describe('indexTokens', () => {
  it('makes overlapping bigrams plus the last character of a Japanese run', () => {
    expect(indexTokens('議事録')).toEqual(['議事', '事録', '録']);
    expect(indexTokens('日報')).toEqual(['日報', '報']);
  });

  it('keeps a one-character run as it is', () => {
    expect(indexTokens('本')).toEqual(['本']);
    expect(indexTokens('A 本 B')).toEqual(['a', '本', 'b']);
  });

  it('keeps Latin words and numbers whole and lowercase', () => {
    expect(indexTokens('ChatGPT で GPT-4o を使う 2026年')).toEqual([
      'chatgpt',
      'デ',
      'gpt',
      '4o',
      'ヲ使',
      '使ウ',
      'ウ',
      '2026',
      '年',
    ]);
  });

  it('deduplicates', () => {
    expect(indexTokens('議事録 議事録 議事録')).toEqual(['議事', '事録', '録']);
  });

  it('splits at punctuation and symbols', () => {
    expect(indexTokens('会議、営業。')).toEqual(['会議', '議', '営業', '業']);
  });

  it('cuts very long words', () => {
    const [token] = indexTokens('x'.repeat(500));
    expect(token).toHaveLength(SEARCH_WORD_MAX_LENGTH);
  });

  it('returns nothing for text without letters', () => {
    expect(indexTokens(' 、。!? ')).toEqual([]);
  });
});

describe('queryTokens', () => {
  it('turns a Japanese word into exact bigrams', () => {
    expect(queryTokens('議事録')).toEqual([
      { token: '議事', prefix: false },
      { token: '事録', prefix: false },
    ]);
  });

  it('makes a one-character Japanese query a prefix token', () => {
    expect(queryTokens('録')).toEqual([{ token: '録', prefix: true }]);
  });

  it('makes Latin words prefix tokens and handles mixed queries', () => {
    expect(queryTokens('ChatGPT 議事録')).toEqual([
      { token: 'chatgpt', prefix: true },
      { token: '議事', prefix: false },
      { token: '事録', prefix: false },
    ]);
  });

  it('is empty for a query without searchable characters', () => {
    expect(queryTokens('  !!  ')).toEqual([]);
  });

  it('deduplicates', () => {
    expect(queryTokens('日報 日報')).toEqual([{ token: '日報', prefix: false }]);
  });
});

describe('search matching (index tokens × query tokens)', () => {
  it.each([
    ['議事録要約テンプレート', '議事録'],
    ['議事録要約テンプレート', 'テンプレート'],
    ['日報作成', '日報'],
    ['定例会議のまとめ', '会議'],
    ['営業部の提案書', '営業'],
    ['議事録', '録'],
    ['議事録', '議'],
    ['議事録を自動で作る', '議事録'],
    ['ぎじろくの書き方', 'ギジロク'],
    ['ギジロク', 'ぎじろく'],
    ['ChatGPTで議事録を要約', 'ChatGPT 議事録'],
    ['ChatGPTで議事録を要約', 'chat'],
    ['ＡＢＣ分析', 'abc'],
    ['abc分析', 'ＡＢＣ'],
    ['ｶﾀｶﾅ表記', 'カタカナ'],
    ['カタカナ表記', 'ｶﾀｶﾅ'],
  ])('%s is found by %s', (text, query) => {
    expect(matches(text, query)).toBe(true);
  });

  it.each([
    ['議事録要約テンプレート', '日報'],
    ['日報作成', '日記'],
    ['会議室予約', '会話'],
    ['議事', '議事録'],
    ['営業部', '営業課'],
    ['email 配信', 'ai'],
    ['ChatGPTで要約', 'Claude'],
    ['テンプレート', ''],
  ])('%s is not found by %s', (text, query) => {
    expect(matches(text, query)).toBe(false);
  });
});

describe('mapText', () => {
  it('maps normalized offsets back to the original, through width folding and composition', () => {
    const original = 'ｶﾞｲﾄﾞ：ＡＢＣ';
    const mapped = mapText(original, (c) => c.normalize('NFKC'));
    expect(mapped.text).toBe('ガイド:ABC');
    const at = mapped.text.indexOf('ABC');
    const [start, end] = originalRange(mapped, at, at + 3);
    expect(original.slice(start, end)).toBe('ＡＢＣ');
    const [gs, ge] = originalRange(mapped, 0, 1);
    expect(original.slice(gs, ge)).toBe('ｶﾞ');
  });

  it('collapses whitespace runs and keeps a line break as \\n', () => {
    const mapped = mapText('a \u3000 b\n\n c', (c) => c.normalize('NFKC'), {
      collapseWhitespace: true,
    });
    expect(mapped.text).toBe('a b\nc');
  });

  it('maps an expanded character as a whole (㈱ → (株))', () => {
    const mapped = mapText('㈱知恵', (c) => c.normalize('NFKC'));
    expect(mapped.text).toBe('(株)知恵');
    expect(originalRange(mapped, 1, 2)).toEqual([0, 1]);
  });

  it('refuses an empty or out-of-range range', () => {
    const mapped = mapText('abc', (c) => c);
    expect(() => originalRange(mapped, 2, 2)).toThrow(RangeError);
    expect(() => originalRange(mapped, 2, 9)).toThrow(RangeError);
  });
});

describe('highlightSnippet', () => {
  const mark = (s: { text: string; highlights: [number, number][] }) =>
    s.highlights.map(([a, b]) => s.text.slice(a, b));

  it('highlights every match of a Japanese query', () => {
    const s = highlightSnippet('議事録の要約には議事録テンプレートを使う', '議事録');
    expect(s.text).toBe('議事録の要約には議事録テンプレートを使う');
    expect(s.highlights).toEqual([
      [0, 3],
      [8, 11],
    ]);
  });

  it('highlights in the original spelling (full-width, half-width, hiragana)', () => {
    expect(mark(highlightSnippet('ＡＢＣ分析とｶﾀｶﾅ', 'abc かたかな'))).toEqual(['ＡＢＣ', 'ｶﾀｶﾅ']);
    expect(mark(highlightSnippet('ぎじろくを書く', 'ギジロク'))).toEqual(['ぎじろく']);
  });

  it('highlights Latin words only at word starts', () => {
    expect(mark(highlightSnippet('Send an email about AIツール', 'ai'))).toEqual(['AI']);
    expect(mark(highlightSnippet('ChatGPTで議事録', 'chat 議事録'))).toEqual(['Chat', '議事録']);
  });

  it('falls back to the bigrams when the word is not contiguous', () => {
    expect(mark(highlightSnippet('議事メモと事録', '議事録'))).toEqual(['議事', '事録']);
  });

  it('cuts a long text around the first match with ellipses and shifted offsets', () => {
    const text = `${'あ'.repeat(200)}議事録${'い'.repeat(200)}`;
    const s = highlightSnippet(text, '議事録', 50);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBe(52);
    expect(mark(s)).toEqual(['議事録']);
  });

  it('starts at the beginning when there is no match', () => {
    const s = highlightSnippet('x'.repeat(200), '議事録', 10);
    expect(s).toEqual({ text: `${'x'.repeat(10)}…`, highlights: [] });
  });

  it('collapses whitespace and never splits a surrogate pair', () => {
    expect(highlightSnippet('a\n\n  b', 'b').text).toBe('a b');
    const s = highlightSnippet(`${'𠮷'.repeat(10)}野家`, '野家', 5);
    expect(s.text).not.toMatch(/[\ud800-\udfff]/u); // a lone surrogate
    expect(s.text).toBe('…𠮷野家');
    expect(mark(s)).toEqual(['野家']);
  });

  it('rejects a non-positive length', () => {
    expect(() => highlightSnippet('a', 'a', 0)).toThrow(RangeError);
  });
});
