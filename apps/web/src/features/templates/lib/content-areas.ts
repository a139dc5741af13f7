/** A flag of the content check (offsets in the combined text that was checked). */
export type CheckFlag = {
  kind: string;
  start: number;
  end: number;
  match: string;
  message: string;
};

/** A flag placed in the form field it came from, with offsets local to that field. */
export type FieldFlag<F extends string> = CheckFlag & {
  field: F;
  localStart: number;
  localEnd: number;
};

export type CombinedText<F extends string> = {
  /** The fields joined by line breaks, in order: what the API checks before publishing. */
  text: string;
  locate: (flag: CheckFlag) => FieldFlag<F>;
};

/**
 * Builds the text the API's content check sees (the fields joined with "\n", in the order the
 * API joins them) and maps the offsets of its flags back to the fields.
 */
export function combineFields<F extends string>(
  fields: readonly (readonly [F, string])[],
): CombinedText<F> {
  let offset = 0;
  const areas = fields.map(([field, value]) => {
    const area = { field, start: offset, length: value.length };
    offset += value.length + 1;
    return area;
  });
  return {
    text: fields.map(([, value]) => value).join('\n'),
    locate: (flag) => {
      const area = [...areas].reverse().find(({ start }) => flag.start >= start) ?? areas[0];
      if (!area) throw new Error('combineFields needs at least one field');
      const localStart = Math.max(0, Math.min(area.length, flag.start - area.start));
      const localEnd = Math.max(localStart, Math.min(area.length, flag.end - area.start));
      return { ...flag, field: area.field, localStart, localEnd };
    },
  };
}
