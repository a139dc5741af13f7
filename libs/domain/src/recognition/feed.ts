// The recognition feed (ホーム) and notifications: item and notification types, the reaction
// emoji set, comment validation, template reuse milestones and the organization's values.
import { codePointLength, normalizeText } from '../shared/text';
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const FEED_ITEM_TYPES = [
  'kudos',
  'badgeEarned',
  'storyApproved',
  'challengeClosed',
  'templateMilestone',
  'memberJoined',
] as const;
export type FeedItemType = (typeof FEED_ITEM_TYPES)[number];

export const NOTIFICATION_TYPES = [
  'kudosReceived',
  'badgeEarned',
  'storyApproved',
  'storyReturned',
  'templateMilestone',
  'challengeResult',
  'appealResolved',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Reactions on feed items: a small fixed set, one toggle per member and emoji. */
export const REACTION_EMOJIS = ['👍', '🎉', '👏', '❤️', '💡', '🙏'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJIS)[number];

export const isReactionEmoji = (value: string): value is ReactionEmoji =>
  (REACTION_EMOJIS as readonly string[]).includes(value);

export const validateReactionEmoji = (value: string): Result<ReactionEmoji> =>
  isReactionEmoji(value)
    ? ok(value)
    : fail([
        fieldError(
          'emoji',
          'reaction.unknownEmoji',
          `Reactions are one of ${REACTION_EMOJIS.join(' ')}.`,
        ),
      ]);

export const FEED_COMMENT_MAX_LENGTH = 500;

/** A comment is 1–500 characters after trimming. */
export const validateFeedComment = (body: string): Result<string> => {
  const text = body.trim();
  if (text.length === 0) {
    return fail([fieldError('body', 'comment.required', 'Write a comment.')]);
  }
  if (codePointLength(text) > FEED_COMMENT_MAX_LENGTH) {
    return fail([
      fieldError(
        'body',
        'comment.tooLong',
        `A comment can be at most ${FEED_COMMENT_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  return ok(text);
};

// ---------------------------------------------------------------- template reuse milestones

/** Counted reuses at which a template's author is celebrated in the feed and notified. */
export const TEMPLATE_REUSE_MILESTONES = [10, 50, 100, 500, 1000] as const;

/** Every milestone reached at `count` counted reuses, ascending. */
export const reachedReuseMilestones = (count: number): number[] =>
  TEMPLATE_REUSE_MILESTONES.filter((m) => count >= m);

// ---------------------------------------------------------------- organization values

export const RECOGNITION_VALUE_MAX_LENGTH = 30;

/** Seeded when an organization has no values yet: kudos always need one. */
export const DEFAULT_RECOGNITION_VALUES: readonly { label: string; labelEn: string }[] = [
  { label: '挑戦', labelEn: 'Challenge' },
  { label: '協力', labelEn: 'Teamwork' },
  { label: '顧客第一', labelEn: 'Customer first' },
];

/**
 * A value's labels: Japanese label 1–30 characters (normalized), English label optional
 * (empty = none), at most 30 characters.
 */
export const validateRecognitionValue = (input: {
  label: string;
  labelEn?: string | null;
}): Result<{ label: string; labelEn: string | null }> => {
  const errors: FieldError[] = [];
  const label = normalizeText(input.label);
  const labelEn = normalizeText(input.labelEn ?? '');
  if (label.length === 0) {
    errors.push(fieldError('label', 'recognitionValue.labelRequired', 'Enter a label.'));
  } else if (codePointLength(label) > RECOGNITION_VALUE_MAX_LENGTH) {
    errors.push(
      fieldError(
        'label',
        'recognitionValue.labelTooLong',
        `A label can be at most ${RECOGNITION_VALUE_MAX_LENGTH} characters.`,
      ),
    );
  }
  if (codePointLength(labelEn) > RECOGNITION_VALUE_MAX_LENGTH) {
    errors.push(
      fieldError(
        'labelEn',
        'recognitionValue.labelTooLong',
        `A label can be at most ${RECOGNITION_VALUE_MAX_LENGTH} characters.`,
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok({ label, labelEn: labelEn || null });
};
