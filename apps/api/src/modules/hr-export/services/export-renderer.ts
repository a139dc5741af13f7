// Renders contribution rows to a file: CSV (UTF-8 with BOM, CRLF, every text quoted and
// formula-inert), CSV in CP932 (Shift_JIS as Japanese Excel reads it) and XLSX (exceljs's
// streaming writer). Rows arrive as an async iterator and are written as they come, so memory
// stays constant however large the organization. The output is a pure function of the rows,
// the rules and the timestamp: a locked period renders to the same bytes every time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  CONTRIBUTION_COLUMNS,
  csvRecord,
  EVIDENCE_COLUMNS,
  evidenceLines,
  inertText,
  POINT_CATEGORY_LABELS,
  POINT_EVENT_KINDS,
  POINT_EVENT_LABELS,
  UTF8_BOM,
  type CellValue,
  type ContributionRow,
  type EvidenceLine,
  type ExportColumn,
  type ExportFormat,
  type Locale,
  type PointRuleSet,
} from '@chienowa/domain';
import { fixZipTimestamps } from '../lib/zip-timestamps';
import type { RowSource } from './contribution-rows.service';

export type ExportPart = 'SCORES' | 'EVIDENCE';

export type Unrepresentable = { row: number; column: string; char: string };

export type RenderOptions = {
  format: ExportFormat;
  /** CSV holds one part; XLSX always has both (and the rules sheet). */
  part: ExportPart;
  locale: Locale;
  rules: PointRuleSet;
  /** Written into the XLSX properties: the lock time for a locked period. */
  timestamp: Date;
  onRow?: (count: number) => void;
};

export type RenderResult = {
  rowCount: number;
  byteSize: number;
  sha256: string;
  unrepresentable: Unrepresentable[];
  unrepresentableCount: number;
};

/** At most this many unrepresentable characters are listed (all are counted). */
export const UNREPRESENTABLE_LIST_MAX = 1000;

export const SHEET_NAMES = { scores: 'スコア', evidence: '根拠', rules: 'ポイントルール' } as const;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  CSV_SJIS: 'text/csv; charset=shift_jis',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// Unicode characters JIS-based converters map differently from Windows: text typed on a Mac
// or Linux (〜 WAVE DASH, − MINUS SIGN …) is written as the CP932 character Excel shows for it.
const CP932_EQUIVALENTS: Record<string, string> = {
  '\u301C': '\uFF5E',
  '\u2016': '\u2225',
  '\u2212': '\uFF0D',
  '\u00A2': '\uFFE0',
  '\u00A3': '\uFFE1',
  '\u00AC': '\uFFE2',
};

/** CP932 text and the characters it cannot hold (each replaced by '?'). */
class Cp932Text {
  private readonly known = new Map<string, boolean>();
  readonly found: Unrepresentable[] = [];
  count = 0;

  private representable(ch: string): boolean {
    let ok = this.known.get(ch);
    if (ok === undefined) {
      const bytes = iconv.encode(ch, 'cp932');
      ok = ch === '?' || !(bytes.length === 1 && bytes[0] === 0x3f);
      this.known.set(ch, ok);
    }
    return ok;
  }

  clean(text: string, row: number, column: string): string {
    let out = '';
    for (const raw of text) {
      const ch = CP932_EQUIVALENTS[raw] ?? raw;
      if (this.representable(ch)) {
        out += ch;
        continue;
      }
      this.count += 1;
      if (this.found.length < UNREPRESENTABLE_LIST_MAX) this.found.push({ row, column, char: raw });
      out += '?';
    }
    return out;
  }
}

type Writer = { write(chunk: Buffer): Promise<void>; end(): Promise<void> };

const fileWriter = (file: string): Writer => {
  const stream = fs.createWriteStream(file);
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async end() {
      stream.end();
      await once(stream, 'finish');
    },
  };
};

async function* partLines(
  rows: RowSource,
  part: ExportPart,
): AsyncGenerator<ContributionRow | EvidenceLine> {
  for await (const row of rows({ evidence: part === 'EVIDENCE' })) {
    if (part === 'SCORES') yield row;
    else yield* evidenceLines([row]);
  }
}

async function renderCsv(
  file: string,
  rows: RowSource,
  options: RenderOptions,
): Promise<Pick<RenderResult, 'rowCount' | 'unrepresentable' | 'unrepresentableCount'>> {
  const columns = (
    options.part === 'SCORES' ? CONTRIBUTION_COLUMNS : EVIDENCE_COLUMNS
  ) as readonly ExportColumn<ContributionRow | EvidenceLine>[];
  const sjis = options.format === 'CSV_SJIS' ? new Cp932Text() : null;
  const out = fileWriter(file);
  const headers = columns.map((c) => c.label[options.locale]);
  const encode = (values: CellValue[], line: number): Buffer => {
    if (!sjis) return Buffer.from(csvRecord(values), 'utf8');
    const cleaned = values.map((v, i) =>
      typeof v === 'string' ? sjis.clean(v, line, headers[i]) : v,
    );
    return iconv.encode(csvRecord(cleaned), 'cp932');
  };
  if (!sjis) await out.write(Buffer.from(UTF8_BOM, 'utf8'));
  await out.write(encode(headers, 1));
  let rowCount = 0;
  let members = 0;
  for await (const item of partLines(rows, options.part)) {
    rowCount += 1;
    await out.write(
      encode(
        columns.map((c) => c.value(item, options.locale)),
        rowCount + 1,
      ),
    );
    if ('companyRank' in item || (item as EvidenceLine).position === 1) {
      members += 1;
      options.onRow?.(members);
    }
  }
  await out.end();
  return {
    rowCount,
    unrepresentable: sjis?.found ?? [],
    unrepresentableCount: sjis?.count ?? 0,
  };
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};

const xlsxValue = (value: CellValue): ExcelJS.CellValue =>
  typeof value === 'string' ? inertText(value) : (value ?? null);

/** Rows written between two waits for the compressor (see `caughtUp`). */
const XLSX_FLOW_ROWS = 256;

/**
 * Waits until the zip compressor has taken the sheet's data. exceljs's streaming writer hands
 * each 64 KB of sheet XML to the compressor without waiting (its StreamBuf ignores
 * backpressure), so a large sheet piled up in memory ahead of zlib: +49 MB for 10,000
 * employees, growing with headcount. Reads exceljs internals defensively: if they change, it
 * only stops waiting.
 */
async function caughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    // archiver's entry stream comes from readable-stream: its state is in _writableState.
    const target = pipe as {
      writableNeedDrain?: boolean;
      _writableState?: { needDrain?: boolean };
      once?: unknown;
    };
    const needDrain = target.writableNeedDrain ?? target._writableState?.needDrain;
    if (needDrain && typeof target.once === 'function') {
      await once(target as unknown as NodeJS.EventEmitter, 'drain');
    }
  }
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: string[],
  widths: number[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = widths.map((width) => ({ width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const header = sheet.addRow(headers.map(inertText));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  header.commit();
  return sheet;
}

async function renderXlsx(
  file: string,
  rows: RowSource,
  options: RenderOptions,
): Promise<Pick<RenderResult, 'rowCount' | 'unrepresentable' | 'unrepresentableCount'>> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Chienowa';
  workbook.lastModifiedBy = 'Chienowa';
  workbook.created = options.timestamp;
  workbook.modified = options.timestamp;
  const locale = options.locale;

  const scores = addSheet(
    workbook,
    SHEET_NAMES.scores,
    CONTRIBUTION_COLUMNS.map((c) => c.label[locale]),
    CONTRIBUTION_COLUMNS.map((c) => (c.key === 'name' || c.key === 'department' ? 24 : 14)),
  );
  let rowCount = 0;
  for await (const row of rows({ evidence: false })) {
    rowCount += 1;
    scores.addRow(CONTRIBUTION_COLUMNS.map((c) => xlsxValue(c.value(row, locale)))).commit();
    options.onRow?.(rowCount);
    if (rowCount % XLSX_FLOW_ROWS === 0) await caughtUp(scores);
  }
  scores.commit();

  const evidence = addSheet(
    workbook,
    SHEET_NAMES.evidence,
    EVIDENCE_COLUMNS.map((c) => c.label[locale]),
    EVIDENCE_COLUMNS.map((c) => (c.key === 'title' ? 48 : c.key === 'link' ? 40 : 14)),
  );
  let lineCount = 0;
  for await (const line of partLines(rows, 'EVIDENCE')) {
    evidence
      .addRow(EVIDENCE_COLUMNS.map((c) => xlsxValue(c.value(line as EvidenceLine, locale))))
      .commit();
    lineCount += 1;
    if (lineCount % XLSX_FLOW_ROWS === 0) await caughtUp(evidence);
  }
  evidence.commit();

  const ja = locale === 'ja';
  const rules = addSheet(
    workbook,
    SHEET_NAMES.rules,
    ja
      ? ['イベント', 'カテゴリ', 'ポイント', '1日の上限', 'ルールのバージョン']
      : ['Event', 'Category', 'Points', 'Daily cap', 'Rule version'],
    [36, 20, 10, 12, 18],
  );
  for (const kind of POINT_EVENT_KINDS) {
    const rule = options.rules.rules[kind];
    rules
      .addRow([
        xlsxValue(POINT_EVENT_LABELS[kind][locale]),
        xlsxValue(POINT_CATEGORY_LABELS[rule.category][locale]),
        rule.points,
        rule.dailyCap ?? (ja ? 'なし' : 'none'),
        options.rules.version,
      ])
      .commit();
  }
  rules.commit();
  await workbook.commit();
  // Zip entries carry a modification time (some are written when the workbook is created):
  // fixing them keeps the file a function of its content.
  await fixZipTimestamps(file);
  return { rowCount, unrepresentable: [], unrepresentableCount: 0 };
}

const sha256File = async (file: string): Promise<{ sha256: string; byteSize: number }> => {
  const hash = createHash('sha256');
  let byteSize = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    byteSize += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), byteSize };
};

/** Writes the export to `file` and returns the SHA-256 of exactly the bytes written. */
export async function renderExport(
  file: string,
  rows: RowSource,
  options: RenderOptions,
): Promise<RenderResult> {
  const written =
    options.format === 'XLSX'
      ? await renderXlsx(file, rows, options)
      : await renderCsv(file, rows, options);
  return { ...written, ...(await sha256File(file)) };
}

export const exportFileName = (
  periodName: string,
  format: ExportFormat,
  part: ExportPart,
): string => {
  const safe = periodName.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'period';
  const suffix = format === 'XLSX' ? '' : part === 'EVIDENCE' ? '_evidence' : '';
  return `contributions_${safe}${suffix}${format === 'XLSX' ? '.xlsx' : '.csv'}`;
};
