import {
  DEFAULT_POINT_RULES,
  DEFAULT_POINT_RULE_SET,
  POINT_CATEGORIES,
  POINT_EVENT_KINDS,
  POINT_EVENT_LABELS,
  POINT_EVENT_SOURCE,
  applyPointRulesPatch,
  isPointEventKind,
  validatePointRules,
  type PointRulesPatch,
} from './point-rules';

describe('DEFAULT_POINT_RULES', () => {
  it('has a rule, a label and a source type for every kind', () => {
    for (const kind of POINT_EVENT_KINDS) {
      expect(DEFAULT_POINT_RULES[kind]).toBeDefined();
      expect(POINT_EVENT_LABELS[kind].ja).not.toBe('');
      expect(POINT_EVENT_SOURCE[kind]).toBeDefined();
      expect(POINT_CATEGORIES).toContain(DEFAULT_POINT_RULES[kind].category);
    }
    expect(Object.keys(DEFAULT_POINT_RULES).sort()).toEqual([...POINT_EVENT_KINDS].sort());
  });

  it('uses the documented defaults', () => {
    expect(DEFAULT_POINT_RULES.knowledgePublished).toEqual({
      points: 10,
      dailyCap: null,
      category: 'posts',
    });
    expect(DEFAULT_POINT_RULES.viewReceived).toEqual({
      points: 1,
      dailyCap: 50,
      category: 'views',
    });
    expect(DEFAULT_POINT_RULES.likeReceived).toEqual({
      points: 2,
      dailyCap: 30,
      category: 'likes',
    });
    expect(DEFAULT_POINT_RULES.templateReused).toEqual({
      points: 5,
      dailyCap: 50,
      category: 'reuses',
    });
    expect(DEFAULT_POINT_RULES.templateForked.points).toBe(3);
    expect(DEFAULT_POINT_RULES.storyApproved.points).toBe(30);
    expect(DEFAULT_POINT_RULES.storyTemplateBonus.points).toBe(10);
    expect(DEFAULT_POINT_RULES.knowledgeReviewed).toEqual({
      points: 5,
      dailyCap: 10,
      category: 'maintenance',
    });
    expect(DEFAULT_POINT_RULE_SET.version).toBe(1);
  });

  it('is frozen so no caller mutates the defaults', () => {
    expect(Object.isFrozen(DEFAULT_POINT_RULES)).toBe(true);
  });

  it('guards kinds', () => {
    expect(isPointEventKind('viewReceived')).toBe(true);
    expect(isPointEventKind('viewsReceived')).toBe(false);
  });
});

describe('validatePointRules', () => {
  it('accepts whole points 0–1000 and caps null or 1–10000', () => {
    const patch: PointRulesPatch = {
      viewReceived: { points: 0, dailyCap: 10_000 },
      knowledgePublished: { points: 1000, dailyCap: null },
      likeReceived: { dailyCap: 1 },
    };
    expect(validatePointRules(patch)).toEqual({ ok: true, value: patch });
  });

  it('rejects out-of-range and fractional values, naming the field', () => {
    const r = validatePointRules({
      viewReceived: { points: -1 },
      likeReceived: { points: 1.5, dailyCap: 0 },
      templateReused: { points: 1001, dailyCap: 10_001 },
      templateForked: { dailyCap: 2.5 },
    });
    expect(r.ok === false && r.errors.map((e) => [e.field, e.code])).toEqual([
      ['rules.viewReceived.points', 'rules.invalidPoints'],
      ['rules.likeReceived.points', 'rules.invalidPoints'],
      ['rules.likeReceived.dailyCap', 'rules.invalidDailyCap'],
      ['rules.templateReused.points', 'rules.invalidPoints'],
      ['rules.templateReused.dailyCap', 'rules.invalidDailyCap'],
      ['rules.templateForked.dailyCap', 'rules.invalidDailyCap'],
    ]);
  });

  it('rejects unknown kinds', () => {
    const r = validatePointRules({ bogus: { points: 1 } } as unknown as PointRulesPatch);
    expect(r.ok === false && r.errors[0]?.code).toBe('rules.unknownKind');
  });
});

describe('applyPointRulesPatch', () => {
  it('creates the next version with the changes, keeping categories', () => {
    const next = applyPointRulesPatch(DEFAULT_POINT_RULE_SET, {
      viewReceived: { points: 2, dailyCap: null },
    });
    expect(next.version).toBe(2);
    expect(next.rules.viewReceived).toEqual({ points: 2, dailyCap: null, category: 'views' });
    expect(next.rules.likeReceived).toEqual(DEFAULT_POINT_RULES.likeReceived);
    // The previous version is untouched: old entries still explain themselves.
    expect(DEFAULT_POINT_RULE_SET.rules.viewReceived.points).toBe(1);
  });

  it('keeps the version when nothing changes', () => {
    const same = applyPointRulesPatch(DEFAULT_POINT_RULE_SET, {
      viewReceived: { points: 1, dailyCap: 50 },
    });
    expect(same).toBe(DEFAULT_POINT_RULE_SET);
    expect(applyPointRulesPatch(DEFAULT_POINT_RULE_SET, {})).toBe(DEFAULT_POINT_RULE_SET);
  });
});
