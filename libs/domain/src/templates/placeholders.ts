// Prompt-template placeholders: {{名前}} or {{name|default|hint}}. The "use" screen renders one
// input per distinct name, previews the filled prompt and copies it.
//
// Syntax. `{{` opens and `}}` closes a placeholder; inside, up to three parts separated by `|`:
// the name (required), a default value and a hint, each trimmed. Names may be Japanese; a
// name is compared after NFKC and whitespace collapsing, so {{ 顧客名 }} and {{顧客名}} are one
// input. A name may appear several times; defaults given in several places must agree, and
// the first hint given wins. To write literal braces, escape them: \{{ and \}} stand for {{
// and }} (prompts asking for JSON output sometimes need `}}`).
import { type FieldError } from '../shared/result';
import { codePointLength, normalizeText } from '../shared/text';

export const TEMPLATE_BODY_MAX_LENGTH = 20_000;
export const TEMPLATE_MAX_PLACEHOLDERS = 50;
export const PLACEHOLDER_NAME_MAX_LENGTH = 50;

export type Placeholder = {
  name: string;
  defaultValue: string | null;
  hint: string | null;
  /** UTF-16 offset of the first `{{` that names it. */
  firstIndex: number;
};

export type TemplateSegment =
  { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

export type ParsedTemplate = {
  /** Distinct placeholders in order of first appearance. */
  placeholders: Placeholder[];
  /** The body split into literal text (escapes resolved) and placeholder references. */
  segments: TemplateSegment[];
};

/** A syntax error with its position: `offset` in UTF-16 units, 1-based line and column. */
export type TemplateSyntaxError = FieldError & { offset: number; line: number; column: number };

/** Structurally a Result<ParsedTemplate>, with positions on the errors for the editor. */
export type TemplateParseResult =
  { ok: true; value: ParsedTemplate } | { ok: false; errors: TemplateSyntaxError[] };

const OPEN = '{{';
const CLOSE = '}}';
const ESCAPED_OPEN = '\\{{';
const ESCAPED_CLOSE = '\\}}';
// More errors than this only bury the first one.
const MAX_REPORTED_ERRORS = 20;

const positionOf = (body: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

const syntaxError = (
  body: string,
  offset: number,
  code: string,
  describe: (where: string) => string,
): TemplateSyntaxError => {
  const { line, column } = positionOf(body, offset);
  const where = `line ${line}, column ${column} (offset ${offset})`;
  return { field: 'body', code, message: describe(where), offset, line, column };
};

const orNull = (s: string | undefined): string | null => {
  const trimmed = (s ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/** Parses a template body; every syntax problem is reported with its line and column. */
export const parseTemplate = (body: string): TemplateParseResult => {
  if (body.trim() === '') {
    return {
      ok: false,
      errors: [syntaxError(body, 0, 'body.required', () => 'Enter the prompt text.')],
    };
  }
  if (codePointLength(body) > TEMPLATE_BODY_MAX_LENGTH) {
    return {
      ok: false,
      errors: [
        syntaxError(
          body,
          0,
          'body.tooLong',
          () => `The prompt must be at most ${TEMPLATE_BODY_MAX_LENGTH} characters.`,
        ),
      ],
    };
  }

  const errors: TemplateSyntaxError[] = [];
  const segments: TemplateSegment[] = [];
  const byName = new Map<string, Placeholder>();
  let text = '';
  const flushText = () => {
    if (text !== '') segments.push({ kind: 'text', text });
    text = '';
  };

  let i = 0;
  // Stop after MAX_REPORTED_ERRORS: the rest are usually consequences of the first.
  while (i < body.length && errors.length < MAX_REPORTED_ERRORS) {
    if (body.startsWith(ESCAPED_OPEN, i) || body.startsWith(ESCAPED_CLOSE, i)) {
      text += body.slice(i + 1, i + 3);
      i += 3;
      continue;
    }
    if (body.startsWith(CLOSE, i)) {
      errors.push(
        syntaxError(
          body,
          i,
          'template.strayClose',
          (where) => `"}}" at ${where} closes nothing. Write \\}} for literal braces.`,
        ),
      );
      i += 2;
      continue;
    }
    if (!body.startsWith(OPEN, i)) {
      text += body[i];
      i += 1;
      continue;
    }

    const open = i;
    const close = body.indexOf(CLOSE, open + 2);
    const nested = body.indexOf(OPEN, open + 2);
    if (close === -1) {
      errors.push(
        syntaxError(
          body,
          open,
          'template.unclosed',
          (where) => `"{{" at ${where} is never closed with "}}".`,
        ),
      );
      break;
    }
    if (nested !== -1 && nested < close) {
      errors.push(
        syntaxError(
          body,
          nested,
          'template.nested',
          (where) =>
            `"{{" at ${where} opens a placeholder inside another one; close the first with "}}" before opening the next.`,
        ),
      );
      i = close + 2;
      continue;
    }

    const inner = body.slice(open + 2, close);
    i = close + 2;
    const parts = inner.split('|');
    const name = normalizeText(parts[0] ?? '');
    if (parts.length > 3) {
      errors.push(
        syntaxError(
          body,
          open,
          'template.tooManyParts',
          (where) =>
            `The placeholder at ${where} has ${parts.length} parts; use {{name}}, {{name|default}} or {{name|default|hint}}.`,
        ),
      );
      continue;
    }
    if (name === '') {
      errors.push(
        syntaxError(
          body,
          open,
          'template.emptyName',
          (where) =>
            `The placeholder at ${where} has no name: write {{名前}} or {{name|default|hint}}.`,
        ),
      );
      continue;
    }
    if (/[{}\n]/u.test(name)) {
      errors.push(
        syntaxError(
          body,
          open,
          'template.invalidName',
          (where) => `The placeholder name at ${where} must not contain braces or line breaks.`,
        ),
      );
      continue;
    }
    if (codePointLength(name) > PLACEHOLDER_NAME_MAX_LENGTH) {
      errors.push(
        syntaxError(
          body,
          open,
          'template.nameTooLong',
          (where) =>
            `The placeholder name at ${where} must be at most ${PLACEHOLDER_NAME_MAX_LENGTH} characters.`,
        ),
      );
      continue;
    }

    const defaultValue = orNull(parts[1]);
    const hint = orNull(parts[2]);
    const known = byName.get(name);
    if (known === undefined) {
      byName.set(name, { name, defaultValue, hint, firstIndex: open });
    } else if (
      defaultValue !== null &&
      known.defaultValue !== null &&
      defaultValue !== known.defaultValue
    ) {
      const first = positionOf(body, known.firstIndex);
      errors.push(
        syntaxError(
          body,
          open,
          'template.conflictingDefault',
          (where) =>
            `"${name}" at ${where} has the default "${defaultValue}", but an earlier use (line ${first.line}, column ${first.column}) has "${known.defaultValue}". Give one default or make them equal.`,
        ),
      );
      continue;
    } else {
      known.defaultValue ??= defaultValue;
      known.hint ??= hint;
    }
    flushText();
    segments.push({ kind: 'placeholder', name });
  }
  flushText();

  if (byName.size > TEMPLATE_MAX_PLACEHOLDERS) {
    const over = [...byName.values()][TEMPLATE_MAX_PLACEHOLDERS];
    errors.push(
      syntaxError(
        body,
        over?.firstIndex ?? 0,
        'template.tooManyPlaceholders',
        (where) =>
          `A template may have at most ${TEMPLATE_MAX_PLACEHOLDERS} different placeholders; the ${TEMPLATE_MAX_PLACEHOLDERS + 1}st is at ${where}.`,
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  return { ok: true, value: { placeholders: [...byName.values()], segments } };
};

/** What the filled prompt shows for a placeholder nobody filled and without a default. */
export const missingValueMarker = (name: string): string => `【${name}】`;

const hasValue = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/**
 * The prompt with every placeholder replaced: the member's value, else the default, else the
 * visible marker 【name】 so the member sees what is still missing (an empty string would
 * silently produce a broken prompt). A value of only whitespace counts as missing. Values are
 * inserted verbatim: a value containing {{x}} is not expanded again.
 */
export const fillTemplate = (
  parsed: ParsedTemplate,
  values: Readonly<Record<string, string>>,
): string => {
  const defaults = new Map(parsed.placeholders.map((p) => [p.name, p.defaultValue]));
  return parsed.segments
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const value = values[segment.name];
      if (hasValue(value)) return value;
      return defaults.get(segment.name) ?? missingValueMarker(segment.name);
    })
    .join('');
};

/** Placeholders still without a value or default: the "use" screen asks for these. */
export const missingPlaceholders = (
  parsed: ParsedTemplate,
  values: Readonly<Record<string, string>>,
): string[] =>
  parsed.placeholders
    .filter((p) => !hasValue(values[p.name]) && p.defaultValue === null)
    .map((p) => p.name);
