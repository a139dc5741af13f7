// Cells HR opens in Excel or LibreOffice. Two risks: a value that starts like a formula runs
// as one when the file is opened (CSV/formula injection: `=HYPERLINK(...)`, `@SUM(A1)`,
// `+81-3…`, `-2+3`, or a tab/CR in front), and a CSV that Japanese Excel misreads (it wants
// a UTF-8 BOM, CRLF line ends and quoted fields). Neutralising follows OWASP's advice: prefix
// the text with a single quote, which the spreadsheet shows as text and never evaluates.

/** Characters that make a spreadsheet treat the cell as a formula when they come first. */
const FORMULA_TRIGGERS = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);

export type CellValue = string | number | boolean | null | undefined;

/**
 * Text that cannot run as a formula: anything starting with = + - @, a tab, CR or LF (also
 * their full-width forms, which Excel's Japanese IME input accepts) gets a leading `'`.
 * Numbers stay numbers (they are written as numbers, not text).
 */
export const inertText = (value: string): string =>
  value.length > 0 && FORMULA_TRIGGERS.has(value[0] as string) ? `'${value}` : value;

/** One CSV field: numbers as they are, text neutralised and always quoted (RFC 4180). */
export const csvField = (value: CellValue): string => {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '"TRUE"' : '"FALSE"';
  return `"${inertText(value).replace(/"/g, '""')}"`;
};

export const CSV_LINE_END = '\r\n';
export const UTF8_BOM = '\uFEFF';

/** One CSV record, CRLF-terminated. */
export const csvRecord = (values: readonly CellValue[]): string =>
  values.map(csvField).join(',') + CSV_LINE_END;
