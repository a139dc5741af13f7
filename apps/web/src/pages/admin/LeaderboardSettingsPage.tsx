import { Button, Card, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LeaderboardSettingsDocument,
  UpdateLeaderboardSettingsDocument,
} from '../../generated/graphql';
import { toApiError } from '../../shared/lib/api-error';
import { useErrorText } from '../../shared/lib/use-error-text';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useToast } from '../../shared/ui/Toasts';

/** Admin: whether staff see the whole member ranking or only the top N (plus their own rank). */
export function LeaderboardSettingsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const { data, error } = useQuery(LeaderboardSettingsDocument, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(UpdateLeaderboardSettingsDocument, {
    refetchQueries: ['Leaderboard'],
  });
  const [mode, setMode] = useState<'all' | 'top'>('all');
  const [topN, setTopN] = useState<number | string>(10);

  const current = data?.leaderboardSettings.staffVisibleTopN;
  useEffect(() => {
    if (current === undefined) return;
    setMode(current === null ? 'all' : 'top');
    if (current !== null) setTopN(current);
  }, [current]);

  if (!data) return error ? <ErrorAlert error={toApiError(error)} /> : <FullPageLoader />;
  const saveError = saving.error ? toApiError(saving.error) : null;
  const topNError =
    saveError?.kind === 'graphql'
      ? saveError.fields.find((f) => f.code.startsWith('leaderboard.'))
      : undefined;

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title={t('leaderboard.admin.title')} description={t('leaderboard.admin.intro')} />
      <Card withBorder radius="lg" padding="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const staffVisibleTopN = mode === 'all' ? null : Number(topN);
            void save({ variables: { input: { staffVisibleTopN } } })
              .then(() => toast.show('success', t('leaderboard.admin.saved')))
              .catch(() => undefined);
          }}
        >
          <Stack gap="md">
            <Radio.Group
              label={t('leaderboard.admin.staffSees')}
              value={mode}
              onChange={(value) => setMode(value === 'top' ? 'top' : 'all')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="all" label={t('leaderboard.admin.all')} />
                <Radio value="top" label={t('leaderboard.admin.topOnly')} />
              </Stack>
            </Radio.Group>
            {mode === 'top' ? (
              <NumberInput
                label={t('leaderboard.admin.topN')}
                min={1}
                max={1000}
                value={topN}
                onChange={setTopN}
                w={200}
                error={topNError ? fieldText(topNError) : undefined}
              />
            ) : null}
            <Text size="xs" c="dimmed">
              {t('leaderboard.admin.note')}
            </Text>
            {saveError && !topNError ? <ErrorAlert error={saveError} /> : null}
            <Group>
              <Button type="submit" loading={saving.loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
