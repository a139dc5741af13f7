import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BadgeTier } from '../../../generated/graphql';

const TIER_COLORS: Record<BadgeTier, string> = { BRONZE: 'orange', SILVER: 'gray', GOLD: 'yellow' };

export function BadgeTierBadge({ tier }: { tier: BadgeTier | null }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={tier ? TIER_COLORS[tier] : 'jade'}>
      {tier ? t(`badges.tierNames.${tier}`) : t('badges.earned')}
    </Badge>
  );
}
