import { IMPORT_COLUMNS, buildSampleCsv } from './import-format';

describe('sample import CSV', () => {
  it('starts with a BOM and a Japanese header row in Japanese', () => {
    const csv = buildSampleCsv('ja');
    expect(
      csv.startsWith(
        '\uFEFF社員番号,氏名,フリガナ,メールアドレス,部署,チーム,ロール,入社日,在籍\r\n',
      ),
    ).toBe(true);
  });

  it('has the same number of cells in every row, in both languages', () => {
    for (const language of ['ja', 'en'] as const) {
      const rows = buildSampleCsv(language).replace('\uFEFF', '').trim().split('\r\n');
      expect(rows.length).toBe(4);
      for (const row of rows) expect(row.split(',').length).toBe(IMPORT_COLUMNS.length);
    }
  });
});
