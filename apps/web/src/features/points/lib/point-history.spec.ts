import { entryHeadline, formatOccurredAt, formatSignedPoints, sourcePath } from './point-history';

describe('sourcePath', () => {
  it('links posts, templates and stories to their pages', () => {
    expect(sourcePath('knowledgePost', 'p1')).toBe('/knowledge/p1');
    expect(sourcePath('template', 't-2')).toBe('/templates/t-2');
    expect(sourcePath('story', 's3')).toBe('/stories/s3');
  });

  it('has no link for sources without a page', () => {
    expect(sourcePath('kudos', 'k1')).toBeNull();
    expect(sourcePath('manual', 'm1')).toBeNull();
    expect(sourcePath('template', '')).toBeNull();
  });

  it('encodes the id so it cannot change the path', () => {
    expect(sourcePath('template', '../admin?x=1')).toBe('/templates/..%2Fadmin%3Fx%3D1');
  });
});

describe('formatSignedPoints', () => {
  it('signs points with + or the typographic minus and groups thousands', () => {
    expect(formatSignedPoints(5, 'ja')).toBe('+5');
    expect(formatSignedPoints(-5, 'ja')).toBe('\u22125');
    expect(formatSignedPoints(1200, 'en')).toBe('+1,200');
  });
});

describe('entryHeadline', () => {
  const base = { reversesEntryId: null, reason: null };

  it('removes the trailing points from the server sentence', () => {
    expect(
      entryHeadline({
        ...base,
        points: 5,
        description: '鈴木さんがあなたのテンプレート『議事録要約』を使いました +5',
      }),
    ).toBe('鈴木さんがあなたのテンプレート『議事録要約』を使いました');
    expect(
      entryHeadline({
        ...base,
        points: 1200,
        description: 'Suzuki used your template “Minutes” +1,200',
      }),
    ).toBe('Suzuki used your template “Minutes”');
  });

  it('removes the reversal note (shown as its own badge with the reason)', () => {
    expect(
      entryHeadline({
        points: -5,
        reversesEntryId: 'e1',
        reason: '非公開にしました',
        description:
          '鈴木さんがあなたのテンプレート『議事録要約』を使いました（取り消し：非公開にしました）\u22125',
      }),
    ).toBe('鈴木さんがあなたのテンプレート『議事録要約』を使いました');
    expect(
      entryHeadline({
        points: -10,
        reversesEntryId: 'e1',
        reason: null,
        description: 'ナレッジ『手順書』を公開しました（取り消し）\u221210',
      }),
    ).toBe('ナレッジ『手順書』を公開しました');
    expect(
      entryHeadline({
        points: -5,
        reversesEntryId: 'e1',
        reason: 'unpublished',
        description: 'Suzuki used your template “Minutes” (reversed: unpublished) \u22125',
      }),
    ).toBe('Suzuki used your template “Minutes”');
  });

  it('returns an unfamiliar description unchanged', () => {
    expect(entryHeadline({ ...base, points: 3, description: 'Something new' })).toBe(
      'Something new',
    );
  });
});

describe('formatOccurredAt', () => {
  it('formats in the reader language', () => {
    const iso = '2026-11-23T05:05:00.000Z';
    expect(formatOccurredAt(iso, 'ja', 'Asia/Tokyo')).toBe('2026年11月23日(月) 14:05');
    expect(formatOccurredAt(iso, 'en', 'Asia/Tokyo')).toMatch(/Mon, Nov 23, 2026,? (at )?2:05\sPM/);
  });

  it('keeps an unparseable value as it is', () => {
    expect(formatOccurredAt('yesterday', 'ja')).toBe('yesterday');
  });
});
