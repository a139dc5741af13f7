import { parse } from 'csv-parse/sync';

export type DecodedCsv = { encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'Shift_JIS'; table: string[][] };

/**
 * Decodes a CSV as Japanese HR systems export it: UTF-8 with or without BOM, else
 * Shift_JIS/CP932 (Excel's "CSV" in Japanese Windows). Invalid UTF-8 means Shift_JIS.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  let encoding: DecodedCsv['encoding'];
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'UTF-8 (BOM)';
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'UTF-8';
    } catch {
      // WHATWG "shift_jis" is Windows-31J (CP932): NEC and IBM extensions such as ① and 髙.
      text = new TextDecoder('shift_jis').decode(bytes);
      encoding = 'Shift_JIS';
    }
  }
  const table = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
  }) as string[][];
  return { encoding, table };
}
