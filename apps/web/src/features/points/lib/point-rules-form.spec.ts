import { fromGraphQLErrors } from '../../../shared/lib/api-error';
import {
  changedRules,
  draftsFrom,
  splitRuleErrors,
  toDraftValue,
  validateDraft,
  validateDrafts,
} from './point-rules-form';

const rules = [
  { kind: 'knowledgePublished', points: 10, dailyCap: null },
  { kind: 'viewReceived', points: 1, dailyCap: 50 },
  { kind: 'templateReused', points: 5, dailyCap: 50 },
];

describe('point rules form', () => {
  it('starts from the saved rules (no cap = empty input)', () => {
    expect(draftsFrom(rules)).toEqual({
      knowledgePublished: { points: 10, dailyCap: '' },
      viewReceived: { points: 1, dailyCap: 50 },
      templateReused: { points: 5, dailyCap: 50 },
    });
  });

  it('reads number input values', () => {
    expect(toDraftValue(12)).toBe(12);
    expect(toDraftValue(' 1,000 ')).toBe(1000);
    expect(toDraftValue('')).toBe('');
    expect(toDraftValue('abc')).toBeNaN();
  });

  it('validates points 0–1000 and a cap that is empty or 1–10000', () => {
    expect(validateDraft({ points: 0, dailyCap: '' })).toEqual({});
    expect(validateDraft({ points: 1000, dailyCap: 10000 })).toEqual({});
    expect(validateDraft({ points: 1001, dailyCap: 1 })).toEqual({ points: 'rules.invalidPoints' });
    expect(validateDraft({ points: -1, dailyCap: 1 })).toEqual({ points: 'rules.invalidPoints' });
    expect(validateDraft({ points: 2.5, dailyCap: 1 })).toEqual({ points: 'rules.invalidPoints' });
    expect(validateDraft({ points: '', dailyCap: 1 })).toEqual({ points: 'rules.invalidPoints' });
    expect(validateDraft({ points: 1, dailyCap: 0 })).toEqual({
      dailyCap: 'rules.invalidDailyCap',
    });
    expect(validateDraft({ points: 1, dailyCap: 10001 })).toEqual({
      dailyCap: 'rules.invalidDailyCap',
    });
    expect(validateDraft({ points: 1, dailyCap: Number.NaN })).toEqual({
      dailyCap: 'rules.invalidDailyCap',
    });
    expect(
      validateDrafts({ a: { points: 1, dailyCap: '' }, b: { points: 5000, dailyCap: '' } }),
    ).toEqual({ b: { points: 'rules.invalidPoints' } });
  });

  it('sends only the changed rows and fields', () => {
    const drafts = draftsFrom(rules);
    expect(changedRules(rules, drafts)).toEqual([]);
    drafts['viewReceived'] = { points: 2, dailyCap: 50 };
    drafts['templateReused'] = { points: 5, dailyCap: '' };
    drafts['knowledgePublished'] = { points: 10, dailyCap: 3 };
    expect(changedRules(rules, drafts)).toEqual([
      { kind: 'knowledgePublished', dailyCap: 3 },
      { kind: 'viewReceived', points: 2 },
      { kind: 'templateReused', dailyCap: null },
    ]);
  });

  it('puts API field errors on their rows', () => {
    const error = fromGraphQLErrors([
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'rules.viewReceived.points', code: 'rules.invalidPoints', message: 'x' },
            {
              field: 'input.rules.viewReceived.dailyCap',
              code: 'rules.invalidDailyCap',
              message: 'y',
            },
            { field: 'kind', code: 'pointRule.unknownKind', message: 'z' },
          ],
        },
      },
    ]);
    const { byRule, other } = splitRuleErrors(error);
    expect(byRule).toEqual({
      viewReceived: { points: 'rules.invalidPoints', dailyCap: 'rules.invalidDailyCap' },
    });
    expect(other.map((fieldError) => fieldError.code)).toEqual(['pointRule.unknownKind']);
    expect(splitRuleErrors(null)).toEqual({ byRule: {}, other: [] });
  });
});
