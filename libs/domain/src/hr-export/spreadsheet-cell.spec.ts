import { csvField, csvRecord, inertText, UTF8_BOM } from './spreadsheet-cell';

describe('spreadsheet cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+81-3-1234-5678', "'+81-3-1234-5678"],
    ['-2+3', "'-2+3"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['＝1+1', "'＝1+1"],
  ])('makes %j inert', (input, expected) => {
    expect(inertText(input)).toBe(expected);
  });

  it('leaves ordinary names and text untouched', () => {
    expect(inertText('山田 太郎')).toBe('山田 太郎');
    expect(inertText('')).toBe('');
    expect(inertText('a=b')).toBe('a=b');
  });

  it('quotes text, doubles quotes, keeps numbers as numbers', () => {
    expect(csvField('営業部, 第一課')).toBe('"営業部, 第一課"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('""');
    expect(csvField('=1+1')).toBe('"\'=1+1"');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('ends records with CRLF and exposes the BOM Excel needs', () => {
    expect(csvRecord(['社員番号', 1])).toBe('"社員番号",1\r\n');
    expect(UTF8_BOM.charCodeAt(0)).toBe(0xfeff);
  });
});
