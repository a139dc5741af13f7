import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../shared/ui/ComingSoon';

export type ComingSoonSection =
  'knowledge' | 'templates' | 'stories' | 'leaderboard' | 'challenges' | 'hr';

export function ComingSoonPage({ section }: { section: ComingSoonSection }) {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t(`comingSoon.${section}.title`)}
      description={t(`comingSoon.${section}.description`)}
    />
  );
}
