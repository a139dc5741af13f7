import iconv from 'iconv-lite';
import { decodeCsv } from './csv-decoder';

const csv =
  '社員番号,氏名,フリガナ\r\nC001,髙橋 一郎,タカハシ イチロウ\r\nC002,"渡辺, ①花子","ワタナベ\nハナコ"\r\n';

describe('decodeCsv', () => {
  it('reads UTF-8 without BOM', () => {
    const { encoding, table } = decodeCsv(Buffer.from(csv, 'utf8'));
    expect(encoding).toBe('UTF-8');
    expect(table[1]).toEqual(['C001', '髙橋 一郎', 'タカハシ イチロウ']);
  });

  it('strips a UTF-8 BOM', () => {
    const { encoding, table } = decodeCsv(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
    );
    expect(encoding).toBe('UTF-8 (BOM)');
    expect(table[0][0]).toBe('社員番号');
  });

  it('detects Shift_JIS/CP932 including NEC/IBM extension characters (髙, ①)', () => {
    const { encoding, table } = decodeCsv(iconv.encode(csv, 'CP932'));
    expect(encoding).toBe('Shift_JIS');
    expect(table[1][1]).toBe('髙橋 一郎');
    expect(table[2]).toEqual(['C002', '渡辺, ①花子', 'ワタナベ\nハナコ']);
  });

  it('throws on broken quoting so the import can report it', () => {
    expect(() => decodeCsv(Buffer.from('a,b\n"unterminated,x\n'))).toThrow();
  });
});
