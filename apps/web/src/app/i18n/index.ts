import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ja from './locales/ja.json';
import { type AppLanguage, readStoredLanguage } from './language';

export const resources = {
  ja: { translation: ja },
  en: { translation: en },
} as const;

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.title = i18n.t('app.brandFull');
  }
}

/** Japanese by default; a signed-out visitor's choice comes from localStorage. */
export function initI18n(initial: AppLanguage = readStoredLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', syncDocumentLanguage);
    void i18n.use(initReactI18next).init({
      resources,
      lng: initial,
      fallbackLng: 'ja',
      supportedLngs: ['ja', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    syncDocumentLanguage(initial);
  }
  return i18n;
}

export { i18n };
