// Preview of an export: the first rows of the very file that is downloaded afterwards, so the
// preview, the download and the audited SHA-256 describe the same bytes.

export type ExportFormatChoice = 'CSV' | 'CSV_SJIS' | 'XLSX';

export const EXPORT_FORMATS = [
  'CSV',
  'CSV_SJIS',
  'XLSX',
] as const satisfies readonly ExportFormatChoice[];

export type CsvPreview = { header: string[]; rows: string[][]; truncated: boolean };

/** Whether the browser can show the first rows of this format (XLSX is a zip: no). */
export const canPreview = (format: ExportFormatChoice): boolean => format !== 'XLSX';

/** Text of a CSV export: UTF-8 (its BOM dropped) or Shift_JIS (CP932). */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array, format: ExportFormatChoice): string {
  if (format === 'XLSX') throw new Error('An XLSX file has no CSV text');
  return new TextDecoder(format === 'CSV_SJIS' ? 'shift_jis' : 'utf-8').decode(bytes);
}

/** Whether the bytes start with the UTF-8 byte order mark Japanese Excel needs. */
export function startsWithBom(bytes: ArrayBuffer | Uint8Array): boolean {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes)
 * and stops after `limit` records, so a large export costs only what is shown.
 */
export function parseCsvRecords(text: string, limit = Number.POSITIVE_INFINITY): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length && records.length < limit) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
    } else {
      field += ch;
    }
    i += 1;
  }
  if (records.length < limit && (field !== '' || record.length > 0)) endRecord();
  return records;
}

/** Header and the first `rows` records of a CSV export. */
export function csvPreview(text: string, rows = 10): CsvPreview {
  const records = parseCsvRecords(text, rows + 2);
  const [header = [], ...rest] = records;
  return { header, rows: rest.slice(0, rows), truncated: rest.length > rows };
}
