import {
  type ParsedTemplate,
  type TemplateSyntaxError,
  fillTemplate,
  missingPlaceholders,
  missingValueMarker,
  parseTemplate,
} from '@chienowa/domain';

/** One piece of the live preview: literal text, or what stands in for a placeholder. */
export type PreviewSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value' | 'default' | 'missing'; name: string; text: string };

export type PromptPreview = {
  segments: PreviewSegment[];
  /** Exactly what is copied: the domain's fill, with 【name】 where a value is missing. */
  filled: string;
  /** Placeholders with neither a value nor a default. */
  missing: string[];
};

/** The same parser the API uses; null when the body does not parse (it shows errors instead). */
export function parseBody(
  body: string,
): { ok: true; parsed: ParsedTemplate } | { ok: false; errors: TemplateSyntaxError[] } {
  const result = parseTemplate(body);
  return result.ok ? { ok: true, parsed: result.value } : { ok: false, errors: result.errors };
}

const filledIn = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/**
 * The filled prompt, split so the preview can mark what the member typed, what came from a
 * default and what is still missing (shown as 【name】, as copied).
 */
export function buildPreview(
  parsed: ParsedTemplate,
  values: Readonly<Record<string, string>>,
): PromptPreview {
  const defaults = new Map(parsed.placeholders.map((p) => [p.name, p.defaultValue]));
  const segments: PreviewSegment[] = parsed.segments.map((segment) => {
    if (segment.kind === 'text') return { kind: 'text', text: segment.text };
    const value = values[segment.name];
    if (filledIn(value)) return { kind: 'value', name: segment.name, text: value };
    const fallback = defaults.get(segment.name);
    if (fallback != null) return { kind: 'default', name: segment.name, text: fallback };
    return { kind: 'missing', name: segment.name, text: missingValueMarker(segment.name) };
  });
  return {
    segments,
    filled: fillTemplate(parsed, values),
    missing: missingPlaceholders(parsed, values),
  };
}

const LONG_NAME =
  /メモ|本文|内容|文章|原稿|議事|詳細|記録|資料|説明|要件|データ|ログ|コード|text|body|note|memo|content|draft|detail|log|code|data/i;

/** Whether a placeholder expects several lines (meeting notes, a draft…): a textarea then. */
export function isLongPlaceholder(placeholder: {
  name: string;
  hint?: string | null;
  defaultValue?: string | null;
}): boolean {
  const value = placeholder.defaultValue ?? '';
  return value.includes('\n') || value.length > 60 || LONG_NAME.test(placeholder.name);
}
