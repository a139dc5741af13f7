import type { ApiError } from '../../../shared/lib/api-error';

export type ContentFlag = {
  kind: string;
  start: number;
  end: number;
  match: string;
  message: string;
};

export type ContentArea = 'title' | 'tags' | 'body';

/** A flag placed in the part of the form it came from, with offsets local to that part. */
export type LocatedFlag = ContentFlag & { area: ContentArea; localStart: number; localEnd: number };

export type CheckedText = {
  /** What the server checks before publishing: title, tags and body, one per line. */
  text: string;
  locate: (flag: ContentFlag) => LocatedFlag;
};

/**
 * Builds the text the content check sees for a post (title, tags joined by spaces, body — the
 * same composition the API checks on publish) and maps flag offsets back to the form fields.
 */
export function checkedText(title: string, tags: readonly string[], body: string): CheckedText {
  const tagsText = tags.join(' ');
  const tagsStart = title.length + 1;
  const bodyStart = tagsStart + tagsText.length + 1;
  const areas: { area: ContentArea; start: number; length: number }[] = [
    { area: 'title', start: 0, length: title.length },
    { area: 'tags', start: tagsStart, length: tagsText.length },
    { area: 'body', start: bodyStart, length: body.length },
  ];
  return {
    text: `${title}\n${tagsText}\n${body}`,
    locate: (flag) => {
      const found =
        [...areas].reverse().find(({ start }) => flag.start >= start) ?? areas[0] ?? null;
      const area = found ?? { area: 'body' as const, start: 0, length: body.length };
      const localStart = Math.max(0, Math.min(area.length, flag.start - area.start));
      const localEnd = Math.max(localStart, Math.min(area.length, flag.end - area.start));
      return { ...flag, area: area.area, localStart, localEnd };
    },
  };
}

/** Whether an API error is the pre-publish content check asking for a fix or a confirmation. */
export function isContentCheckError(error: ApiError | null): boolean {
  return (
    error !== null &&
    error.kind === 'graphql' &&
    error.code === 'BAD_USER_INPUT' &&
    error.fields.length > 0 &&
    error.fields.every((field) => field.code.startsWith('contentCheck.'))
  );
}

export const CONTENT_FLAG_KINDS = [
  'bannedTerm',
  'email',
  'phone',
  'myNumber',
  'creditCard',
] as const;
