import { validateSpecialities } from './specialities';

describe('validateSpecialities', () => {
  const codes = (tags: string[]) => {
    const r = validateSpecialities(tags);
    return r.ok ? [] : r.errors.map((e) => e.code);
  };

  it('normalizes, trims and de-duplicates tags, keeping order', () => {
    expect(validateSpecialities([' ＣｈａｔＧＰＴ ', '議事録', 'chatgpt', 'Excel  関数'])).toEqual({
      ok: true,
      value: ['ChatGPT', '議事録', 'Excel 関数'],
    });
    expect(validateSpecialities([])).toEqual({ ok: true, value: [] });
  });

  it('allows 10 tags of 30 characters, not 11 tags or 31 characters', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `tag${i}`);
    expect(codes(ten)).toEqual([]);
    expect(codes([...ten, 'tag10'])).toEqual(['specialities.tooMany']);
    expect(codes(['あ'.repeat(30)])).toEqual([]);
    expect(codes(['あ'.repeat(31)])).toEqual(['specialities.tooLong']);
    expect(codes(['  '])).toEqual(['specialities.empty']);
  });
});
