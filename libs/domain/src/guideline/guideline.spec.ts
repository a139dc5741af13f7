import {
  GUIDELINE_SECTIONS,
  GUIDELINE_SECTION_LABELS,
  needsGuidelineAcknowledgement,
  validateGuidelineContent,
} from './guideline';

describe('guideline sections', () => {
  it('has the three sections of the one-page guideline with Japanese labels', () => {
    expect(GUIDELINE_SECTIONS).toEqual(['recommendedUses', 'neverInput', 'finalCheck']);
    expect(GUIDELINE_SECTIONS.map((s) => GUIDELINE_SECTION_LABELS[s].ja)).toEqual([
      '推奨用途',
      '入力禁止',
      '最終チェック',
    ]);
  });
});

describe('validateGuidelineContent', () => {
  const content = {
    recommendedUses: ' 議事録の要約、メールの下書き ',
    neverInput: '顧客の個人情報、未公開の決算情報',
    finalCheck: '出力は必ず人が確認する',
  };

  it('accepts three filled sections, trimmed', () => {
    expect(validateGuidelineContent(content)).toEqual({
      ok: true,
      value: { ...content, recommendedUses: '議事録の要約、メールの下書き' },
    });
  });

  it('requires every section and caps the length', () => {
    const r = validateGuidelineContent({
      ...content,
      neverInput: '  ',
      finalCheck: 'x'.repeat(5001),
    });
    expect(r.ok === false && r.errors.map((e) => [e.field, e.code])).toEqual([
      ['neverInput', 'guideline.sectionRequired'],
      ['finalCheck', 'guideline.sectionTooLong'],
    ]);
    const missing = validateGuidelineContent({});
    expect(missing.ok === false && missing.errors).toHaveLength(3);
  });
});

describe('needsGuidelineAcknowledgement', () => {
  it('asks until the member has acknowledged the current version', () => {
    expect(needsGuidelineAcknowledgement(null, 1)).toBe(true);
    expect(needsGuidelineAcknowledgement(1, 2)).toBe(true);
    expect(needsGuidelineAcknowledgement(2, 2)).toBe(false);
  });

  it('asks nothing while no guideline is published', () => {
    expect(needsGuidelineAcknowledgement(null, null)).toBe(false);
  });
});
