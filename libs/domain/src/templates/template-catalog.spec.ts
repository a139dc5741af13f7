import {
  DEFAULT_TEMPLATE_CATEGORIES,
  TARGET_TOOLS,
  TARGET_TOOL_LABELS,
  TEMPLATE_KINDS,
  TEMPLATE_KIND_LABELS,
  isTargetTool,
  isTemplateKind,
  validateTemplateCategoryName,
} from './template-catalog';

describe('template vocabulary', () => {
  it('names the three kinds in Japanese', () => {
    expect(TEMPLATE_KINDS.map((k) => TEMPLATE_KIND_LABELS[k].ja)).toEqual([
      'テンプレート型',
      'タスク特化型',
      '自由記述型',
    ]);
  });

  it('lists the target tools', () => {
    expect(TARGET_TOOLS).toEqual(['chatgpt', 'claude', 'gemini', 'copilot', 'any']);
    expect(TARGET_TOOL_LABELS.any.ja).toBe('指定なし');
  });

  it('guards kinds and tools', () => {
    expect(isTemplateKind('fill-in')).toBe(true);
    expect(isTemplateKind('fill_in')).toBe(false);
    expect(isTargetTool('claude')).toBe(true);
    expect(isTargetTool('ChatGPT')).toBe(false);
    expect(isTargetTool(3)).toBe(false);
  });

  it('seeds the default categories with unique keys', () => {
    expect(DEFAULT_TEMPLATE_CATEGORIES.map((c) => c.ja)).toEqual([
      '議事録要約',
      '日報作成',
      'メール作成',
      '資料作成',
      '翻訳',
      '企画・アイデア出し',
      'データ分析',
      'コード作成',
      '調査・要約',
      'その他',
    ]);
    expect(new Set(DEFAULT_TEMPLATE_CATEGORIES.map((c) => c.key)).size).toBe(10);
  });
});

describe('validateTemplateCategoryName', () => {
  it('normalizes a name', () => {
    expect(validateTemplateCategoryName('　議事録　要約 ')).toEqual({
      ok: true,
      value: '議事録 要約',
    });
  });

  it('rejects empty and long names', () => {
    const empty = validateTemplateCategoryName('  ');
    expect(empty.ok === false && empty.errors[0]?.code).toBe('category.nameRequired');
    const long = validateTemplateCategoryName('あ'.repeat(41));
    expect(long.ok === false && long.errors[0]?.code).toBe('category.nameTooLong');
  });
});
