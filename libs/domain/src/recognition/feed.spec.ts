import {
  DEFAULT_RECOGNITION_VALUES,
  REACTION_EMOJIS,
  reachedReuseMilestones,
  validateFeedComment,
  validateReactionEmoji,
  validateRecognitionValue,
} from './feed';

describe('reactions', () => {
  it('accepts the six emojis and nothing else', () => {
    expect(REACTION_EMOJIS).toHaveLength(6);
    for (const e of REACTION_EMOJIS) expect(validateReactionEmoji(e).ok).toBe(true);
    for (const bad of ['😀', '', 'like', '👍👍']) {
      const r = validateReactionEmoji(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0].code).toBe('reaction.unknownEmoji');
    }
  });
});

describe('comments', () => {
  it('trims and limits to 1–500 characters', () => {
    expect(validateFeedComment('  おめでとう！ ')).toEqual({ ok: true, value: 'おめでとう！' });
    const empty = validateFeedComment('   ');
    expect(!empty.ok && empty.errors[0].code).toBe('comment.required');
    expect(validateFeedComment('あ'.repeat(500)).ok).toBe(true);
    const long = validateFeedComment('あ'.repeat(501));
    expect(!long.ok && long.errors[0].code).toBe('comment.tooLong');
  });
});

describe('template reuse milestones', () => {
  it('lists the milestones reached', () => {
    expect(reachedReuseMilestones(9)).toEqual([]);
    expect(reachedReuseMilestones(10)).toEqual([10]);
    expect(reachedReuseMilestones(99)).toEqual([10, 50]);
    expect(reachedReuseMilestones(1000)).toEqual([10, 50, 100, 500, 1000]);
  });
});

describe('organization values', () => {
  it('has three Japanese defaults with English labels', () => {
    expect(DEFAULT_RECOGNITION_VALUES.map((v) => v.label)).toEqual(['挑戦', '協力', '顧客第一']);
    expect(DEFAULT_RECOGNITION_VALUES.every((v) => v.labelEn.length > 0)).toBe(true);
  });

  it('normalizes and validates labels', () => {
    expect(validateRecognitionValue({ label: '　誠実  ', labelEn: ' ' })).toEqual({
      ok: true,
      value: { label: '誠実', labelEn: null },
    });
    const bad = validateRecognitionValue({ label: '', labelEn: 'x'.repeat(31) });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.code])).toEqual([
      ['label', 'recognitionValue.labelRequired'],
      ['labelEn', 'recognitionValue.labelTooLong'],
    ]);
  });
});
