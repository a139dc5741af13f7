import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFieldError } from '../../../shared/lib/api-error';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { PLACEHOLDER_BRACES } from '../lib/syntax-errors';

/**
 * Field errors in the member's language: this feature's own wording first
 * (`<section>.fieldErrors.<code>`), then the app-wide `fieldErrors.<code>`, then the API's text.
 */
export function useLocalFieldText(section: 'templates' | 'stories') {
  const { t, i18n } = useTranslation();
  const { fieldText } = useErrorText();
  return useCallback(
    (error: ApiFieldError | { code: string; message: string; field?: string }) => {
      const key = `${section}.fieldErrors.${error.code}`;
      // Codes come from the API, so their keys are only known at run time.
      const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
      if (i18n.exists(key)) return translate(key, PLACEHOLDER_BRACES);
      return fieldText({ field: error.field ?? '', code: error.code, message: error.message });
    },
    [section, t, i18n, fieldText],
  );
}
