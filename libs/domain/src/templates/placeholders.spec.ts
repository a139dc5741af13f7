import {
  TEMPLATE_BODY_MAX_LENGTH,
  fillTemplate,
  missingPlaceholders,
  missingValueMarker,
  parseTemplate,
  type ParsedTemplate,
  type TemplateParseResult,
} from './placeholders';

const parsed = (body: string): ParsedTemplate => {
  const r = parseTemplate(body);
  if (!r.ok)
    throw new Error(`expected a valid template: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.value;
};

const errorsOf = (r: TemplateParseResult) =>
  r.ok ? [] : r.errors.map(({ code, offset, line, column }) => ({ code, offset, line, column }));

describe('parseTemplate: valid templates', () => {
  it('splits text and placeholders, with Japanese names', () => {
    expect(parsed('{{会議名}}の議事録を要約してください。')).toEqual({
      placeholders: [{ name: '会議名', defaultValue: null, hint: null, firstIndex: 0 }],
      segments: [
        { kind: 'placeholder', name: '会議名' },
        { kind: 'text', text: 'の議事録を要約してください。' },
      ],
    });
  });

  it('reads default and hint, trimming every part', () => {
    const t = parsed('宛先: {{ 相手 | 取引先各位 | 例: 山田様 }}');
    expect(t.placeholders).toEqual([
      { name: '相手', defaultValue: '取引先各位', hint: '例: 山田様', firstIndex: 4 },
    ]);
  });

  it('treats an empty default or hint as none', () => {
    expect(parsed('{{tone||丁寧に}}').placeholders[0]).toMatchObject({
      defaultValue: null,
      hint: '丁寧に',
    });
    expect(parsed('{{tone| }}').placeholders[0]?.defaultValue).toBeNull();
  });

  it('makes repeated names one input, merging default and hint', () => {
    const t = parsed(
      '{{顧客名}}様\n{{ 顧客名 |株式会社アクメ|正式名称}}へのご提案\n{{顧客名|株式会社アクメ}}',
    );
    expect(t.placeholders).toEqual([
      { name: '顧客名', defaultValue: '株式会社アクメ', hint: '正式名称', firstIndex: 0 },
    ]);
    expect(t.segments.filter((s) => s.kind === 'placeholder')).toHaveLength(3);
  });

  it('normalizes names (full-width letters, inner whitespace)', () => {
    const t = parsed('{{ＴＯＰＩＣ}} and {{topic}} and {{my   topic}}');
    expect(t.placeholders.map((p) => p.name)).toEqual(['TOPIC', 'topic', 'my topic']);
  });

  it('orders placeholders by first appearance', () => {
    const t = parsed('{{b}} {{a}} {{b}} {{c}}');
    expect(t.placeholders.map((p) => [p.name, p.firstIndex])).toEqual([
      ['b', 0],
      ['a', 6],
      ['c', 18],
    ]);
  });

  it('accepts a free-form body without placeholders and single braces', () => {
    expect(parsed('JSONで返して: {"a": 1}')).toEqual({
      placeholders: [],
      segments: [{ kind: 'text', text: 'JSONで返して: {"a": 1}' }],
    });
  });

  it('turns \\{{ and \\}} into literal braces', () => {
    const t = parsed('出力形式: \\{{"a": {"b": 1}\\}} 対象: {{対象}}');
    expect(t.placeholders.map((p) => p.name)).toEqual(['対象']);
    expect(fillTemplate(t, { 対象: 'X' })).toBe('出力形式: {{"a": {"b": 1}}} 対象: X');
  });

  it('allows 50 distinct placeholders', () => {
    const body = Array.from({ length: 50 }, (_, i) => `{{p${i}}}`).join(' ');
    expect(parseTemplate(body).ok).toBe(true);
  });
});

describe('parseTemplate: errors with positions', () => {
  it('reports an unclosed {{ with line and column', () => {
    const r = parseTemplate('一行目\n二行目 {{名前 の続き');
    expect(errorsOf(r)).toEqual([{ code: 'template.unclosed', offset: 8, line: 2, column: 5 }]);
    expect(r.ok === false && r.errors[0]?.message).toBe(
      '"{{" at line 2, column 5 (offset 8) is never closed with "}}".',
    );
    expect(r.ok === false && r.errors[0]?.field).toBe('body');
  });

  it('reports a stray }}', () => {
    expect(errorsOf(parseTemplate('名前}} です'))).toEqual([
      { code: 'template.strayClose', offset: 2, line: 1, column: 3 },
    ]);
    expect(errorsOf(parseTemplate('{"a": {"b": 1}}'))[0]?.code).toBe('template.strayClose');
  });

  it('reports a nested {{ at the inner brace and carries on', () => {
    expect(errorsOf(parseTemplate('{{a {{b}} c}} {{d'))).toEqual([
      { code: 'template.nested', offset: 4, line: 1, column: 5 },
      { code: 'template.strayClose', offset: 11, line: 1, column: 12 },
      { code: 'template.unclosed', offset: 14, line: 1, column: 15 },
    ]);
  });

  it('reports at most 20 errors', () => {
    const r = parseTemplate('}}\n'.repeat(25));
    expect(r.ok === false && r.errors).toHaveLength(20);
    expect(r.ok === false && r.errors[19]?.line).toBe(20);
  });

  it('reports empty names', () => {
    expect(errorsOf(parseTemplate('{{}} と {{ |既定値}}'))).toEqual([
      { code: 'template.emptyName', offset: 0, line: 1, column: 1 },
      { code: 'template.emptyName', offset: 7, line: 1, column: 8 },
    ]);
  });

  it('reports conflicting defaults for the same name, naming both', () => {
    const r = parseTemplate('{{敬称|様}}\n{{敬称|殿}}');
    expect(errorsOf(r)).toEqual([
      { code: 'template.conflictingDefault', offset: 9, line: 2, column: 1 },
    ]);
    expect(r.ok === false && r.errors[0]?.message).toContain('"殿"');
    expect(r.ok === false && r.errors[0]?.message).toContain('"様"');
    // The same default repeated, or given once, is fine.
    expect(parseTemplate('{{敬称|様}} {{敬称|様}} {{敬称}}').ok).toBe(true);
  });

  it('reports too many parts, bad characters and long names', () => {
    expect(errorsOf(parseTemplate('{{a|b|c|d}}'))[0]?.code).toBe('template.tooManyParts');
    expect(errorsOf(parseTemplate('{{{a}}}'))[0]?.code).toBe('template.invalidName');
    expect(errorsOf(parseTemplate(`{{${'名'.repeat(51)}}}`))[0]?.code).toBe('template.nameTooLong');
  });

  it('limits the body length and the number of placeholders', () => {
    expect(errorsOf(parseTemplate('   '))[0]?.code).toBe('body.required');
    expect(errorsOf(parseTemplate('あ'.repeat(TEMPLATE_BODY_MAX_LENGTH + 1)))[0]?.code).toBe(
      'body.tooLong',
    );
    // Code points, not UTF-16 units: 20,000 surrogate-pair characters are allowed.
    expect(parseTemplate('𠮷'.repeat(TEMPLATE_BODY_MAX_LENGTH)).ok).toBe(true);
    const body = Array.from({ length: 51 }, (_, i) => `{{p${i}}}`).join(' ');
    // p0…p9 take 6 characters, p10…p49 take 7, plus 50 spaces: the 51st starts at 390.
    expect(errorsOf(parseTemplate(body))).toEqual([
      { code: 'template.tooManyPlaceholders', offset: 390, line: 1, column: 391 },
    ]);
  });
});

describe('fillTemplate', () => {
  const t = parsed(
    '{{相手|ご担当者}}様\n{{用件}}について、{{期限||いつまでに}}までにご回答ください。{{用件}}',
  );

  it('uses values, then defaults, then a visible marker', () => {
    expect(fillTemplate(t, { 用件: '見積もり' })).toBe(
      'ご担当者様\n見積もりについて、【期限】までにご回答ください。見積もり',
    );
    expect(fillTemplate(t, { 相手: '山田', 用件: '見積もり', 期限: '金曜日' })).toBe(
      '山田様\n見積もりについて、金曜日までにご回答ください。見積もり',
    );
  });

  it('treats blank values as missing and inserts values verbatim', () => {
    expect(fillTemplate(t, { 相手: '  ', 用件: '{{期限}}', 期限: '' })).toBe(
      'ご担当者様\n{{期限}}について、【期限】までにご回答ください。{{期限}}',
    );
  });

  it('lists what is still missing', () => {
    expect(missingPlaceholders(t, {})).toEqual(['用件', '期限']);
    expect(missingPlaceholders(t, { 用件: 'x', 期限: 'y' })).toEqual([]);
    expect(missingValueMarker('期限')).toBe('【期限】');
  });

  it('round-trips a body without escapes', () => {
    const body = '次の文章を{{言語|英語}}に翻訳してください。\n{{本文}}';
    const filled = fillTemplate(parsed(body), { 本文: 'こんにちは' });
    expect(filled).toBe('次の文章を英語に翻訳してください。\nこんにちは');
  });
});
