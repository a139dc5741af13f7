import { useEffect, useRef } from 'react';
import { useCurrentMember } from '../../identity/hooks/useCurrentMember';

/**
 * Point descriptions, labels and level names come from the server in the member's saved
 * language. When the member switches language (saved on the member), fetch them again.
 */
export function useRefetchOnLocaleChange(refetch: () => unknown): void {
  const session = useCurrentMember();
  const locale = session.status === 'signedIn' ? session.member.locale : null;
  const previous = useRef(locale);
  useEffect(() => {
    if (locale && previous.current && previous.current !== locale) void refetch();
    previous.current = locale;
  }, [locale, refetch]);
}
