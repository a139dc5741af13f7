import { combineFields } from './content-areas';

describe('content check over several fields', () => {
  it('joins the fields like the API and maps flags back to their field', () => {
    const combined = combineFields([
      ['title', '議事録要約'],
      ['description', '連絡先 a@example.com'],
      ['body', '{{会議メモ}}\n電話 03-1234-5678'],
    ] as const);
    expect(combined.text).toBe('議事録要約\n連絡先 a@example.com\n{{会議メモ}}\n電話 03-1234-5678');
    const email = combined.text.indexOf('a@example.com');
    const phone = combined.text.indexOf('03-1234-5678');
    const flag = (start: number, match: string) => ({
      kind: 'x',
      start,
      end: start + match.length,
      match,
      message: '',
    });
    expect(combined.locate(flag(email, 'a@example.com'))).toMatchObject({
      field: 'description',
      localStart: 4,
      localEnd: 17,
    });
    expect(combined.locate(flag(phone, '03-1234-5678'))).toMatchObject({
      field: 'body',
      localStart: 12,
      localEnd: 24,
    });
  });

  it('places flags in empty fields correctly', () => {
    const combined = combineFields([
      ['title', ''],
      ['improved', ''],
      ['howMarkdown', 'mail: b@example.com'],
    ] as const);
    const start = combined.text.indexOf('b@');
    expect(
      combined.locate({ kind: 'email', start, end: start + 13, match: '', message: '' }),
    ).toMatchObject({ field: 'howMarkdown', localStart: 6, localEnd: 19 });
  });
});
