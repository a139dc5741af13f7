// Prompt-template lifecycle and input rules: statuses and what a transition means for the
// templatePublished points, who may see and edit a template, and the limits of its fields.
import type { Role } from '../identity/roles';
import { fieldError, type FieldError } from '../shared/result';
import { codePointLength } from '../shared/text';
import { parseTemplate, type ParsedTemplate, type TemplateSyntaxError } from './placeholders';

export const TEMPLATE_STATUSES = ['draft', 'published', 'archived'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

export const TEMPLATE_STATUS_LABELS: Record<TemplateStatus, { ja: string; en: string }> = {
  draft: { ja: '下書き', en: 'Draft' },
  published: { ja: '公開中', en: 'Published' },
  archived: { ja: 'アーカイブ', en: 'Archived' },
};

export const isTemplateStatus = (value: unknown): value is TemplateStatus =>
  typeof value === 'string' && (TEMPLATE_STATUSES as readonly string[]).includes(value);

// archived → published restores a template; there is no way back to draft once published
// (colleagues may already use it).
const TEMPLATE_TRANSITIONS: Record<TemplateStatus, readonly TemplateStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: ['published'],
};

export const canTransitionTemplate = (from: TemplateStatus, to: TemplateStatus): boolean =>
  TEMPLATE_TRANSITIONS[from].includes(to);

/**
 * What a status change means for the templatePublished points: entering `published` awards,
 * leaving it reverses the standing award. Publishing again awards again (net one award while
 * published), so each award's key carries a counter: `publish:<templateId>:<n>`.
 */
export const templateTransitionPointEffect = (
  from: TemplateStatus,
  to: TemplateStatus,
): 'award' | 'reverse' | 'none' => {
  if (!canTransitionTemplate(from, to)) return 'none';
  if (to === 'published') return 'award';
  if (from === 'published') return 'reverse';
  return 'none';
};

export type TemplateAccessor = { memberId: string; roles: readonly Role[] };
export type TemplateOwnership = { authorId: string; status: TemplateStatus };

/** Published templates are for everyone; drafts and archived ones for the author and admins. */
export const canSeeTemplate = (viewer: TemplateAccessor, template: TemplateOwnership): boolean =>
  template.status === 'published' ||
  template.authorId === viewer.memberId ||
  viewer.roles.includes('admin');

/** The author edits, publishes and archives; admins may too (moderation). */
export const canEditTemplate = (
  viewer: TemplateAccessor,
  template: Pick<TemplateOwnership, 'authorId'>,
): boolean => template.authorId === viewer.memberId || viewer.roles.includes('admin');

export const TEMPLATE_TITLE_MAX_LENGTH = 200;
export const TEMPLATE_DESCRIPTION_MAX_LENGTH = 2_000;
/** MySQL TEXT holds 65,535 bytes; a body of 20,000 characters can exceed that in UTF-8. */
export const TEMPLATE_BODY_MAX_BYTES = 60_000;

/** UTF-8 size without platform APIs (the domain runs in Node and the browser, no DOM types). */
export const templateTextByteLength = (s: string): number => {
  let bytes = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    // A lone surrogate is encoded as U+FFFD (3 bytes), like TextEncoder does.
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
};

// Controls other than tab and line feed; lone surrogates cannot be stored as UTF-8.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line as the member typed it (no NFKC: 「（改）」 stays full-width); whitespace collapsed. */
const cleanTitle = (s: string): string =>
  s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\u0000-\u001F\u007F]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** Multi-line text: CRLF/CR → LF, controls except tab and LF removed, ends trimmed. */
const cleanDescription = (s: string): string =>
  s.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROLS, '').trim();

export type TemplateContent = { title: string; description: string; body: string };

export type ValidTemplateContent = TemplateContent & { parsed: ParsedTemplate };

export type TemplateContentResult =
  | { ok: true; value: ValidTemplateContent }
  | { ok: false; errors: (FieldError | TemplateSyntaxError)[] };

/**
 * Title (one line, 1–200), description (≤ 2,000, line breaks kept) and body (verbatim, so
 * error offsets match the editor; parsed by parseTemplate; ≤ 60,000 UTF-8 bytes). All problems are reported at once; body syntax
 * errors keep their offset, line and column for the editor.
 */
export const validateTemplateContent = (input: TemplateContent): TemplateContentResult => {
  const errors: (FieldError | TemplateSyntaxError)[] = [];
  const title = cleanTitle(input.title);
  if (title === '') errors.push(fieldError('title', 'title.required', 'Enter a title.'));
  else if (codePointLength(title) > TEMPLATE_TITLE_MAX_LENGTH) {
    errors.push(
      fieldError(
        'title',
        'title.tooLong',
        `The title must be at most ${TEMPLATE_TITLE_MAX_LENGTH} characters.`,
      ),
    );
  }
  const description = cleanDescription(input.description);
  if (codePointLength(description) > TEMPLATE_DESCRIPTION_MAX_LENGTH) {
    errors.push(
      fieldError(
        'description',
        'description.tooLong',
        `The description must be at most ${TEMPLATE_DESCRIPTION_MAX_LENGTH.toLocaleString('en-US')} characters.`,
      ),
    );
  }
  let parsed: ParsedTemplate | null = null;
  // Checked first so a huge body is refused without being scanned.
  if (templateTextByteLength(input.body) > TEMPLATE_BODY_MAX_BYTES) {
    errors.push(
      fieldError(
        'body',
        'body.tooLong',
        `The prompt must be at most ${TEMPLATE_BODY_MAX_BYTES.toLocaleString('en-US')} bytes (UTF-8).`,
      ),
    );
  } else {
    const result = parseTemplate(input.body);
    if (result.ok) parsed = result.value;
    else errors.push(...result.errors);
  }
  if (errors.length > 0 || parsed === null) return { ok: false, errors };
  return { ok: true, value: { title, description, body: input.body, parsed } };
};
