import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { GuidelineCheckContentDocument } from '../../../generated/graphql';
import type { ContentFlag } from '../lib/content-flags';

const MAX_CHECK_LENGTH = 200_000;

/**
 * Runs the guideline's content check on text while it is edited (debounced), so authors see
 * flags before publishing. Flags refer to `checkedText` (the text that was checked), which may
 * lag behind the editor by the debounce.
 */
export function useContentCheck(text: string, options: { enabled?: boolean; delay?: number } = {}) {
  const [debounced] = useDebouncedValue(text, options.delay ?? 700);
  const skip =
    options.enabled === false || debounced.trim() === '' || debounced.length > MAX_CHECK_LENGTH;
  const { data, previousData, loading, error } = useQuery(GuidelineCheckContentDocument, {
    variables: { text: debounced },
    skip,
    fetchPolicy: 'no-cache',
  });
  const flags: ContentFlag[] = skip ? [] : ((data ?? previousData)?.checkContent ?? []);
  return {
    flags,
    checkedText: debounced,
    checking: !skip && (loading || debounced !== text),
    error: skip ? undefined : error,
  };
}
