import { Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useLeaderboardVisibility } from '../hooks/useLeaderboardVisibility';

/** 「公開ランキングに表示しない」: the member's own choice (still counted in teams and HR). */
export function LeaderboardVisibilitySwitch() {
  const { t } = useTranslation();
  const { hidden, error, saving, setHidden } = useLeaderboardVisibility();
  return (
    <Stack gap={4}>
      <Switch
        label={t('leaderboard.hideMe')}
        checked={hidden ?? false}
        disabled={hidden === null || saving}
        onChange={(event) => void setHidden(event.currentTarget.checked).catch(() => undefined)}
        data-testid="leaderboard-hide-me"
      />
      <Text size="xs" c="dimmed">
        {t('leaderboard.hideMeHint')}
      </Text>
      {error ? <ErrorAlert error={toApiError(error)} /> : null}
    </Stack>
  );
}
