import { useMemo, useRef } from 'react';
import { useContentCheck } from '../../guideline/hooks/useContentCheck';
import { type CombinedText, type FieldFlag, combineFields } from '../lib/content-areas';

/**
 * The live content check over a form's fields, joined the way the API joins them before
 * publishing. Flags come back placed in their field; `current` is false while the check still
 * refers to older text (debounce), when highlights would be misplaced.
 */
export function useFormContentCheck<F extends string>(
  fields: readonly (readonly [F, string])[],
  options: { enabled?: boolean } = {},
) {
  const combined = useMemo(() => combineFields(fields), [fields]);
  // Layouts of recently checked texts: the check answers for text a moment old.
  const layouts = useRef(new Map<string, CombinedText<F>>());
  if (!layouts.current.has(combined.text)) {
    layouts.current.set(combined.text, combined);
    if (layouts.current.size > 20) {
      const oldest = layouts.current.keys().next().value;
      if (oldest !== undefined) layouts.current.delete(oldest);
    }
  }
  const check = useContentCheck(combined.text, options);
  const layout = layouts.current.get(check.checkedText);
  const flags: FieldFlag<F>[] = useMemo(
    () => (layout ? check.flags.map((flag) => layout.locate(flag)) : []),
    [check.flags, layout],
  );
  const current = check.checkedText === combined.text;
  return { flags: current ? flags : [], checking: check.checking, current };
}
