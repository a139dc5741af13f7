import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fixZipTimestamps } from './zip-timestamps';

/** Writes a one-sheet workbook whose zip entries carry the given time. */
async function workbookAt(file: string, now: Date): Promise<Buffer> {
  jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    workbook.created = new Date(0);
    workbook.modified = new Date(0);
    const sheet = workbook.addWorksheet('スコア');
    sheet.addRow(['社員番号', '氏名']).commit();
    sheet.addRow(['E001', '吉田 太郎']).commit();
    sheet.commit();
    await workbook.commit();
  } finally {
    jest.useRealTimers();
  }
  await fixZipTimestamps(file);
  return fs.readFileSync(file);
}

describe('fixZipTimestamps', () => {
  it('makes a workbook a function of its content, whenever it was written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-zip-'));
    try {
      const a = await workbookAt(path.join(dir, 'a.xlsx'), new Date('2026-01-01T00:00:00Z'));
      const b = await workbookAt(path.join(dir, 'b.xlsx'), new Date('2027-06-15T12:34:56Z'));
      expect(a.equals(b)).toBe(true);
      // Still a readable workbook.
      const read = new ExcelJS.Workbook();
      await read.xlsx.readFile(path.join(dir, 'b.xlsx'));
      expect(read.getWorksheet('スコア')?.getRow(2).getCell(2).value).toBe('吉田 太郎');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a zip archive', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-zip-')), 'x.xlsx');
    fs.writeFileSync(file, 'not a zip');
    await expect(fixZipTimestamps(file)).rejects.toThrow(/Not a zip file/);
  });
});
