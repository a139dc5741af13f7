import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiFieldError } from './api-error';

export type ErrorText = {
  /** A translated sentence for the whole error (network, permission, rate limit…). */
  errorText: (error: ApiError) => string;
  /**
   * A translated message for one field error, by its stable code; the English message otherwise.
   * `values` fill the message's placeholders where the limit depends on the form (comments).
   */
  fieldText: (error: ApiFieldError, values?: Record<string, string | number>) => string;
};

export function useErrorText(): ErrorText {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    // Field codes come from the server, so their keys are only known at run time.
    const translateDynamic = t as unknown as (
      key: string,
      values?: Record<string, string | number>,
    ) => string;
    const fieldText = (error: ApiFieldError, values?: Record<string, string | number>): string => {
      const key = `fieldErrors.${error.code}`;
      if (!i18n.exists(key)) return error.message;
      const text = translateDynamic(key, values);
      // A message that needs a limit the caller did not give: the server's own sentence names it.
      return /{{\s*\w+\s*}}/.test(text) ? error.message : text;
    };
    const errorText = (error: ApiError): string => {
      if (error.kind === 'network') return t('errors.network');
      switch (error.code) {
        case 'BAD_USER_INPUT': {
          const first = error.fields[0];
          if (error.fields.length === 1 && first) return fieldText(first);
          return error.fields.length > 0 || !error.message
            ? t('errors.badInput')
            : `${t('errors.badInput')} (${error.message})`;
        }
        case 'UNAUTHENTICATED':
          return t('errors.unauthenticated');
        case 'FORBIDDEN':
          return t('errors.forbidden');
        case 'NOT_FOUND':
          return t('errors.notFound');
        case 'RATE_LIMITED':
          return t('errors.rateLimited', { seconds: error.retryAfterSeconds ?? 60 });
        case 'INTERNAL_SERVER_ERROR':
        case 'UNKNOWN':
          return t('errors.unexpected');
      }
    };
    return { errorText, fieldText };
  }, [t, i18n]);
}
