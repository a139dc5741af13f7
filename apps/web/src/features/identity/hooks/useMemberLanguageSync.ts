import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFromLocale } from '../../../app/i18n/language';
import { useCurrentMember } from './useCurrentMember';

/** Applies the signed-in member's saved language whenever it changes (sign-in, other tab, save). */
export function useMemberLanguageSync(): void {
  const { i18n } = useTranslation();
  const session = useCurrentMember();
  const locale = session.status === 'signedIn' ? session.member.locale : null;
  useEffect(() => {
    if (!locale) return;
    const language = languageFromLocale(locale);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, locale]);
}
