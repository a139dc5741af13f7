import type { Locale } from '../../generated/graphql';

export const SUPPORTED_LANGUAGES = ['ja', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** The only thing the app keeps in localStorage: a signed-out visitor's language choice. */
export const LOCALE_STORAGE_KEY = 'chienowa.locale';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return value === 'ja' || value === 'en';
}

export function readStoredLanguage(): AppLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLanguage(stored) ? stored : 'ja';
  } catch {
    return 'ja';
  }
}

export function storeLanguage(language: AppLanguage): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice simply isn't remembered.
  }
}

export function languageFromLocale(locale: Locale): AppLanguage {
  return locale === 'EN' ? 'en' : 'ja';
}

export function localeFromLanguage(language: AppLanguage): Locale {
  return language === 'en' ? 'EN' : 'JA';
}

/** i18n.language may carry a region ("en-US"); normalize to the app's two languages. */
export function toAppLanguage(language: string | undefined): AppLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}
