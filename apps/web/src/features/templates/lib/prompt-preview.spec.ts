import { buildPreview, isLongPlaceholder, parseBody } from './prompt-preview';

function parsed(body: string) {
  const result = parseBody(body);
  if (!result.ok) throw new Error(`does not parse: ${JSON.stringify(result.errors)}`);
  return result.parsed;
}

describe('prompt preview', () => {
  it('marks typed values, defaults and missing placeholders, and copies what it shows', () => {
    const template = parsed('宛先: {{相手|ご担当者様}}\n本文: {{会議メモ}}\n署名: {{署名}}');
    const preview = buildPreview(template, { 会議メモ: '来週までに見積もり', 署名: '  ' });
    expect(preview.segments).toEqual([
      { kind: 'text', text: '宛先: ' },
      { kind: 'default', name: '相手', text: 'ご担当者様' },
      { kind: 'text', text: '\n本文: ' },
      { kind: 'value', name: '会議メモ', text: '来週までに見積もり' },
      { kind: 'text', text: '\n署名: ' },
      { kind: 'missing', name: '署名', text: '【署名】' },
    ]);
    expect(preview.filled).toBe('宛先: ご担当者様\n本文: 来週までに見積もり\n署名: 【署名】');
    expect(preview.filled).toBe(preview.segments.map((segment) => segment.text).join(''));
    expect(preview.missing).toEqual(['署名']);
  });

  it('fills every occurrence of a name and keeps escaped braces literal', () => {
    const template = parsed('{{顧客名}}様へ。\\{{"id": 1\\}} {{ 顧客名 }}');
    expect(buildPreview(template, { 顧客名: '山田' }).filled).toBe('山田様へ。{{"id": 1}} 山田');
  });

  it('reports syntax errors with line and column', () => {
    const result = parseBody('一行目\n二行目 {{会議メモ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'template.unclosed', line: 2, column: 5 });
  });

  it('uses a textarea for notes, drafts and multi-line defaults', () => {
    expect(isLongPlaceholder({ name: '会議メモ' })).toBe(true);
    expect(isLongPlaceholder({ name: 'meeting notes' })).toBe(true);
    expect(isLongPlaceholder({ name: '宛先', defaultValue: '一行目\n二行目' })).toBe(true);
    expect(isLongPlaceholder({ name: '宛先', defaultValue: 'ご担当者様' })).toBe(false);
  });
});
