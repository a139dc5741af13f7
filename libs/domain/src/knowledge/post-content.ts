// What a knowledge post may contain: title, Markdown body, tags, comments. Markdown is stored
// raw (the web app renders it sanitized); here only characters that are never content are
// removed and the sizes the database can hold are enforced, with clear errors.
import { codePointLength } from '../shared/text';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const KNOWLEDGE_TITLE_MAX_LENGTH = 200;
/** MySQL TEXT holds 65,535 bytes; the cap leaves room and is the same on both dialects. */
export const KNOWLEDGE_BODY_MAX_BYTES = 60_000;
export const KNOWLEDGE_TAG_MAX_LENGTH = 40;
export const KNOWLEDGE_TAGS_MAX = 10;
export const KNOWLEDGE_COMMENT_MAX_LENGTH = 4000;

// C0/C1 controls except \t and \n (\r is folded into \n first), and unpaired surrogates
// (valid JSON can carry them; utf8mb4 cannot store them).
const CONTROL_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const ALL_CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE_RUN = /\s+/gu;

/** UTF-8 size of a string without allocating a buffer (a 10 MB body is measured cheaply). */
export const knowledgeTextByteLength = (s: string): number => {
  let bytes = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
};

/** Multi-line text as stored: CRLF/CR → LF, NUL and other controls removed (tab and LF kept). */
export const cleanMultilineText = (s: string): string =>
  s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_EXCEPT_TAB_NEWLINE, '');

/** One-line text: controls become spaces, whitespace runs collapse, ends trimmed. */
export const cleanSingleLineText = (s: string): string =>
  s.replace(LONE_SURROGATE, '\uFFFD').replace(ALL_CONTROL, ' ').replace(WHITESPACE_RUN, ' ').trim();

export const validateKnowledgeTitle = (input: string): Result<string> => {
  const title = cleanSingleLineText(input);
  if (title === '') return fail([fieldError('title', 'title.required', 'Enter a title.')]);
  if (codePointLength(title) > KNOWLEDGE_TITLE_MAX_LENGTH) {
    return fail([
      fieldError(
        'title',
        'title.tooLong',
        `The title must be at most ${KNOWLEDGE_TITLE_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  return ok(title);
};

/** The Markdown body as stored; may be empty while a draft (see validatePublishable). */
export const validateKnowledgeBody = (input: string): Result<string> => {
  const body = cleanMultilineText(input);
  const bytes = knowledgeTextByteLength(body);
  if (bytes > KNOWLEDGE_BODY_MAX_BYTES) {
    return fail([
      fieldError(
        'bodyMarkdown',
        'body.tooLong',
        `The body is ${bytes.toLocaleString('en-US')} bytes; at most ${KNOWLEDGE_BODY_MAX_BYTES.toLocaleString('en-US')} bytes (about 20,000 Japanese characters) fit. Split it into several posts.`,
      ),
    ]);
  }
  return ok(body);
};

/** A tag as stored and searched: NFKC (全角英数 → half-width), no leading '#', one-line, trimmed. */
export const normalizeTag = (input: string): string =>
  cleanSingleLineText(input.normalize('NFKC'))
    .replace(/^[#＃]+/u, '')
    .trim();

/** Tags of a post: normalized, blanks dropped, duplicates removed (first spelling kept). */
export const validateKnowledgeTags = (input: readonly string[]): Result<string[]> => {
  const tags: string[] = [];
  const errors: FieldError[] = [];
  for (const raw of input) {
    const tag = normalizeTag(raw);
    if (tag === '' || tags.includes(tag)) continue;
    if (codePointLength(tag) > KNOWLEDGE_TAG_MAX_LENGTH) {
      errors.push(
        fieldError(
          'tags',
          'tag.tooLong',
          `The tag "${tag.slice(0, 20)}…" is longer than ${KNOWLEDGE_TAG_MAX_LENGTH} characters.`,
        ),
      );
      continue;
    }
    tags.push(tag);
  }
  if (tags.length > KNOWLEDGE_TAGS_MAX) {
    errors.push(
      fieldError('tags', 'tags.tooMany', `A post can have at most ${KNOWLEDGE_TAGS_MAX} tags.`),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(tags);
};

export type KnowledgePostContent = { title: string; bodyMarkdown: string; tags: string[] };

/** Validates every part of a post at once, so the editor can show all problems together. */
export const validateKnowledgePostContent = (input: {
  title: string;
  bodyMarkdown: string;
  tags: readonly string[];
}): Result<KnowledgePostContent> => {
  const title = validateKnowledgeTitle(input.title);
  const body = validateKnowledgeBody(input.bodyMarkdown);
  const tags = validateKnowledgeTags(input.tags);
  if (title.ok && body.ok && tags.ok) {
    return ok({ title: title.value, bodyMarkdown: body.value, tags: tags.value });
  }
  return fail([
    ...(title.ok ? [] : title.errors),
    ...(body.ok ? [] : body.errors),
    ...(tags.ok ? [] : tags.errors),
  ]);
};

/** A post is published only with something to read. */
export const validatePublishable = (post: { bodyMarkdown: string }): Result<true> =>
  post.bodyMarkdown.trim() === ''
    ? fail([
        fieldError('bodyMarkdown', 'body.requiredToPublish', 'Write the body before publishing.'),
      ])
    : ok(true);

export const validateKnowledgeComment = (input: string): Result<string> => {
  const body = cleanMultilineText(input).trim();
  if (body === '') return fail([fieldError('body', 'comment.required', 'Write a comment.')]);
  if (codePointLength(body) > KNOWLEDGE_COMMENT_MAX_LENGTH) {
    return fail([
      fieldError(
        'body',
        'comment.tooLong',
        `A comment must be at most ${KNOWLEDGE_COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters.`,
      ),
    ]);
  }
  return ok(body);
};
