import {
  KNOWLEDGE_BODY_MAX_BYTES,
  cleanMultilineText,
  normalizeTag,
  knowledgeTextByteLength,
  validateKnowledgeBody,
  validateKnowledgeComment,
  validateKnowledgePostContent,
  validateKnowledgeTags,
  validateKnowledgeTitle,
  validatePublishable,
} from './post-content';

const codes = (r: { ok: boolean; errors?: { code: string }[] }) =>
  r.ok ? [] : (r.errors ?? []).map((e) => e.code);

describe('knowledgeTextByteLength', () => {
  it('counts ASCII 1, kana/kanji 3 and supplementary characters 4 bytes', () => {
    expect(knowledgeTextByteLength('abc')).toBe(3);
    expect(knowledgeTextByteLength('é')).toBe(2);
    expect(knowledgeTextByteLength('議事録')).toBe(9);
    expect(knowledgeTextByteLength('𠮷🍣')).toBe(8);
  });
});

describe('cleanMultilineText', () => {
  it('keeps tabs and newlines, folds CRLF and CR, drops NUL and other controls', () => {
    expect(cleanMultilineText('a\r\nb\rc\n\td\u0000e\u0007f\u001b[31m\u0085')).toBe(
      'a\nb\nc\n\tde' + 'f[31m',
    );
  });

  it('keeps emoji sequences (ZWJ) and replaces unpaired surrogates', () => {
    expect(cleanMultilineText('👩‍💻')).toBe('👩‍💻');
    expect(cleanMultilineText('x\ud800y')).toBe('x\uFFFDy');
  });
});

describe('validateKnowledgeTitle', () => {
  it('collapses whitespace and controls to one line', () => {
    expect(validateKnowledgeTitle('  議事録\n要約の\u0000コツ  ')).toEqual({
      ok: true,
      value: '議事録 要約の コツ',
    });
  });

  it('requires a title of at most 200 characters (code points)', () => {
    expect(codes(validateKnowledgeTitle(' \n '))).toEqual(['title.required']);
    expect(validateKnowledgeTitle('𠮷'.repeat(200)).ok).toBe(true);
    expect(codes(validateKnowledgeTitle('あ'.repeat(201)))).toEqual(['title.tooLong']);
  });
});

describe('validateKnowledgeBody', () => {
  it('accepts exactly the byte cap and refuses one byte more with body.tooLong', () => {
    expect(validateKnowledgeBody('a'.repeat(KNOWLEDGE_BODY_MAX_BYTES)).ok).toBe(true);
    expect(codes(validateKnowledgeBody('a'.repeat(KNOWLEDGE_BODY_MAX_BYTES + 1)))).toEqual([
      'body.tooLong',
    ]);
    // 20,001 kanji are 60,003 bytes.
    expect(codes(validateKnowledgeBody('字'.repeat(20_001)))).toEqual(['body.tooLong']);
  });

  it('refuses a 10 MB body', () => {
    const result = validateKnowledgeBody('x'.repeat(10 * 1024 * 1024));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].field).toBe('bodyMarkdown');
  });

  it('stores Markdown raw (HTML and links are the renderer’s job)', () => {
    const md =
      '# 見出し\n\n<script>alert(1)</script>\n[x](javascript:alert(1))\n| a | b |\n|---|---|';
    expect(validateKnowledgeBody(md)).toEqual({ ok: true, value: md });
  });
});

describe('tags', () => {
  it('normalizes width, # prefixes and whitespace', () => {
    expect(normalizeTag(' ＃ＣｈａｔＧＰＴ ')).toBe('ChatGPT');
    expect(normalizeTag('#議事録  要約')).toBe('議事録 要約');
  });

  it('drops blanks and duplicates, keeps order', () => {
    expect(validateKnowledgeTags(['AI', ' ', '議事録', 'ＡＩ', '#AI'])).toEqual({
      ok: true,
      value: ['AI', '議事録'],
    });
  });

  it('refuses tags over 40 characters and more than 10 tags', () => {
    expect(codes(validateKnowledgeTags(['あ'.repeat(41)]))).toEqual(['tag.tooLong']);
    expect(codes(validateKnowledgeTags(Array.from({ length: 11 }, (_, i) => `t${i}`)))).toEqual([
      'tags.tooMany',
    ]);
  });
});

describe('validateKnowledgePostContent', () => {
  it('reports every problem at once', () => {
    expect(
      codes(
        validateKnowledgePostContent({
          title: '',
          bodyMarkdown: 'a'.repeat(KNOWLEDGE_BODY_MAX_BYTES + 1),
          tags: ['x'.repeat(41)],
        }),
      ),
    ).toEqual(['title.required', 'body.tooLong', 'tag.tooLong']);
  });
});

describe('validatePublishable', () => {
  it('needs a body', () => {
    expect(codes(validatePublishable({ bodyMarkdown: ' \n' }))).toEqual(['body.requiredToPublish']);
    expect(validatePublishable({ bodyMarkdown: '本文' }).ok).toBe(true);
  });
});

describe('validateKnowledgeComment', () => {
  it('trims, keeps line breaks, and limits to 4000 characters', () => {
    expect(validateKnowledgeComment('  ありがとう\r\nございます  ')).toEqual({
      ok: true,
      value: 'ありがとう\nございます',
    });
    expect(codes(validateKnowledgeComment('\u0000 '))).toEqual(['comment.required']);
    expect(validateKnowledgeComment('𠮷'.repeat(4000)).ok).toBe(true);
    expect(codes(validateKnowledgeComment('あ'.repeat(4001)))).toEqual(['comment.tooLong']);
  });
});
