import type { ApiError } from '../../../shared/lib/api-error';
import { checkedText, isContentCheckError } from './content-flags';

const flag = (start: number, end: number, match: string) => ({
  kind: 'email',
  start,
  end,
  match,
  message: 'メールアドレス',
});

describe('checkedText', () => {
  it('joins title, tags and body the way the server checks a post', () => {
    expect(checkedText('題名', ['営業', 'AI'], '本文').text).toBe('題名\n営業 AI\n本文');
    expect(checkedText('', [], 'x').text).toBe('\n\nx');
  });

  it('maps flag offsets back to the field they came from', () => {
    const body = '連絡先は a@example.com です';
    const checked = checkedText('手順', ['経理'], body);
    const start = checked.text.indexOf('a@example.com');
    const located = checked.locate(flag(start, start + 13, 'a@example.com'));
    expect(located.area).toBe('body');
    expect(body.slice(located.localStart, located.localEnd)).toBe('a@example.com');

    const titleFlag = checked.locate(flag(0, 2, '手順'));
    expect(titleFlag).toMatchObject({ area: 'title', localStart: 0, localEnd: 2 });

    const tagStart = checked.text.indexOf('経理');
    expect(checked.locate(flag(tagStart, tagStart + 2, '経理'))).toMatchObject({
      area: 'tags',
      localStart: 0,
      localEnd: 2,
    });
  });

  it('clamps offsets that run past the end of a field', () => {
    const checked = checkedText('ab', [], 'cd');
    expect(checked.locate(flag(5, 99, 'd'))).toMatchObject({
      area: 'body',
      localStart: 1,
      localEnd: 2,
    });
  });
});

describe('isContentCheckError', () => {
  const error = (codes: string[]): ApiError => ({
    kind: 'graphql',
    code: 'BAD_USER_INPUT',
    message: '',
    fields: codes.map((code) => ({ field: 'content', code, message: code })),
    retryAfterSeconds: null,
  });

  it('recognizes content-check refusals only', () => {
    expect(isContentCheckError(error(['contentCheck.email', 'contentCheck.phone']))).toBe(true);
    expect(isContentCheckError(error(['title.required']))).toBe(false);
    expect(isContentCheckError(error([]))).toBe(false);
    expect(isContentCheckError(null)).toBe(false);
    expect(isContentCheckError({ kind: 'network', message: 'offline' })).toBe(false);
  });
});
