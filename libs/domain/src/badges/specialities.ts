// An ambassador's specialities: free tags shown in the directory ("ChatGPT", "議事録").
import { fail, fieldError, ok, type FieldError, type Result } from '../shared/result';

export const SPECIALITIES_MAX = 10;
export const SPECIALITY_MAX_LENGTH = 30;

/** NFKC-normalized, trimmed, de-duplicated (case-insensitively), order kept. */
export const validateSpecialities = (tags: readonly string[]): Result<string[]> => {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const out: string[] = [];
  tags.forEach((raw, i) => {
    const tag = String(raw ?? '')
      .normalize('NFKC')
      .replace(/\s+/gu, ' ')
      .trim();
    if (tag.length === 0) {
      errors.push(fieldError(`tags.${i}`, 'specialities.empty', 'A tag cannot be empty.'));
      return;
    }
    if ([...tag].length > SPECIALITY_MAX_LENGTH) {
      errors.push(
        fieldError(
          `tags.${i}`,
          'specialities.tooLong',
          `Use at most ${SPECIALITY_MAX_LENGTH} characters per tag.`,
        ),
      );
      return;
    }
    const key = tag.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(tag);
  });
  if (out.length > SPECIALITIES_MAX) {
    errors.push(
      fieldError('tags', 'specialities.tooMany', `Use at most ${SPECIALITIES_MAX} tags.`),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(out);
};
