import { Badge, ThemeIcon } from '@mantine/core';
import { IconMedal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatRank, rankMedal } from '../lib/rank';

const MEDAL_COLORS = { gold: 'yellow', silver: 'gray', bronze: 'orange' } as const;

/** The rank, with a medal on the podium. */
export function RankBadge({ rank }: { rank: number }) {
  const { i18n } = useTranslation();
  const medal = rankMedal(rank);
  return (
    <Badge
      size="lg"
      radius="sm"
      variant={medal ? 'filled' : 'light'}
      color={medal ? MEDAL_COLORS[medal] : 'gray'}
      leftSection={
        medal ? (
          <ThemeIcon size={16} variant="transparent" c="white" aria-hidden="true">
            <IconMedal size={14} />
          </ThemeIcon>
        ) : null
      }
      miw={64}
      data-testid="rank"
    >
      {formatRank(rank, i18n.language)}
    </Badge>
  );
}
