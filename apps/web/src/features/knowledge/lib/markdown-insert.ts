export type TextEdit = { value: string; selectionStart: number; selectionEnd: number };

/**
 * Inserts a block (an image line) where the cursor is, replacing a selection. The block gets
 * its own line: a line break is added before it unless it starts a line, and after it unless
 * a line break follows. The cursor ends after the inserted block.
 */
export function insertBlockAt(
  value: string,
  selectionStart: number,
  selectionEnd: number,
  block: string,
): TextEdit {
  const start = Math.max(0, Math.min(value.length, selectionStart));
  const end = Math.max(start, Math.min(value.length, selectionEnd));
  const before = value.slice(0, start);
  const after = value.slice(end);
  const prefix = before === '' || before.endsWith('\n') ? '' : '\n';
  const suffix = after.startsWith('\n') ? '' : '\n';
  const inserted = `${prefix}${block}${suffix}`;
  const cursor = before.length + inserted.length;
  return { value: `${before}${inserted}${after}`, selectionStart: cursor, selectionEnd: cursor };
}

/** `![name](url)` with a readable alt text: the file name without extension or Markdown brackets. */
export function imageMarkdown(fileName: string, url: string): string {
  const alt =
    fileName
      .replace(/\.[a-z0-9]{1,5}$/i, '')
      .replace(/[[\]\\\r\n]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'image';
  return `![${alt}](${url})`;
}
