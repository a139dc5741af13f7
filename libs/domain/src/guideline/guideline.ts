// The one-page AI guideline (A4一枚のポジティブルール): three sections an admin edits, versioned
// so members acknowledge each new version.
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';
import { codePointLength } from '../shared/text';

export const GUIDELINE_SECTIONS = ['recommendedUses', 'neverInput', 'finalCheck'] as const;
export type GuidelineSection = (typeof GUIDELINE_SECTIONS)[number];

export const GUIDELINE_SECTION_LABELS: Record<GuidelineSection, { ja: string; en: string }> = {
  recommendedUses: { ja: '推奨用途', en: 'Recommended uses' },
  neverInput: { ja: '入力禁止', en: 'Never input' },
  finalCheck: { ja: '最終チェック', en: 'Final human check' },
};

/** Markdown per section; "one page" is the point, so each section stays short. */
export const GUIDELINE_SECTION_MAX_LENGTH = 5_000;

export type GuidelineContent = Record<GuidelineSection, string>;

/** Every section present and non-empty (trimmed), none longer than the cap. */
export const validateGuidelineContent = (
  content: Partial<Record<GuidelineSection, string>>,
): Result<GuidelineContent> => {
  const errors: FieldError[] = [];
  const value = {} as GuidelineContent;
  for (const section of GUIDELINE_SECTIONS) {
    const text = (content[section] ?? '').trim();
    if (text === '') {
      errors.push(
        fieldError(
          section,
          'guideline.sectionRequired',
          `Fill in the section "${GUIDELINE_SECTION_LABELS[section].en}".`,
        ),
      );
    } else if (codePointLength(text) > GUIDELINE_SECTION_MAX_LENGTH) {
      errors.push(
        fieldError(
          section,
          'guideline.sectionTooLong',
          `Keep each section to at most ${GUIDELINE_SECTION_MAX_LENGTH} characters: the guideline is meant to fit on one page.`,
        ),
      );
    }
    value[section] = text;
  }
  return errors.length > 0 ? fail(errors) : ok(value);
};

/**
 * Whether a member must still acknowledge the guideline. Versions increase by one per
 * published edit; null means "none yet" (no guideline published, or never acknowledged).
 */
export const needsGuidelineAcknowledgement = (
  acknowledgedVersion: number | null,
  currentVersion: number | null,
): boolean =>
  currentVersion !== null && (acknowledgedVersion === null || acknowledgedVersion < currentVersion);
