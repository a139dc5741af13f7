import { canPreview, csvPreview, decodeCsv, parseCsvRecords, startsWithBom } from './csv-preview';

describe('parseCsvRecords', () => {
  it('reads quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
    const text =
      '"社員番号","氏名","メモ"\r\n"E001","山田 太郎","a,b"\r\n"E002","""引用""","1行目\r\n2行目"\r\n';
    expect(parseCsvRecords(text)).toEqual([
      ['社員番号', '氏名', 'メモ'],
      ['E001', '山田 太郎', 'a,b'],
      ['E002', '"引用"', '1行目\r\n2行目'],
    ]);
  });

  it('drops a leading BOM, accepts LF and a last line without a line break', () => {
    expect(parseCsvRecords('\uFEFFa,b\n1,\n2,3')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('stops after the limit', () => {
    expect(parseCsvRecords('a\r\nb\r\nc\r\nd\r\n', 2)).toEqual([['a'], ['b']]);
  });

  it('keeps formula-inert cells as written (a leading quote stays)', () => {
    expect(parseCsvRecords(`"'=1+1","'@SUM(A1)"`)).toEqual([["'=1+1", "'@SUM(A1)"]]);
  });
});

describe('csvPreview', () => {
  const csv = ['"h1","h2"', ...Array.from({ length: 12 }, (_, i) => `"${i}","x"`)].join('\r\n');

  it('returns the header and the first rows, and says when there are more', () => {
    const preview = csvPreview(csv, 10);
    expect(preview.header).toEqual(['h1', 'h2']);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[9]).toEqual(['9', 'x']);
    expect(preview.truncated).toBe(true);
  });

  it('is not truncated when every row fits', () => {
    expect(csvPreview('"h"\r\n"1"\r\n', 10)).toEqual({
      header: ['h'],
      rows: [['1']],
      truncated: false,
    });
  });

  it('handles an empty file', () => {
    expect(csvPreview('')).toEqual({ header: [], rows: [], truncated: false });
  });
});

describe('decodeCsv', () => {
  it('decodes UTF-8 with its BOM removed', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('氏名')]);
    expect(startsWithBom(bytes)).toBe(true);
    expect(decodeCsv(bytes, 'CSV')).toBe('氏名');
  });

  it('decodes Shift_JIS (CP932)', () => {
    // 「氏名」 in CP932.
    const bytes = new Uint8Array([0x8e, 0x81, 0x96, 0xbc]);
    expect(startsWithBom(bytes)).toBe(false);
    expect(decodeCsv(bytes, 'CSV_SJIS')).toBe('氏名');
  });

  it('refuses XLSX, which has no preview', () => {
    expect(canPreview('XLSX')).toBe(false);
    expect(canPreview('CSV_SJIS')).toBe(true);
    expect(() => decodeCsv(new Uint8Array(), 'XLSX')).toThrow();
  });
});
