import { Button, Card, Grid, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AppealFormModal,
  type DisputedEntry,
} from '../features/appeals/components/AppealFormModal';
import { EarnPointsEmptyState } from '../features/points/components/EarnPointsEmptyState';
import { LevelCard } from '../features/points/components/LevelCard';
import { PeriodTotals } from '../features/points/components/PeriodTotals';
import { PointHistoryList } from '../features/points/components/PointHistoryList';
import { PointRulesPanel } from '../features/points/components/PointRulesPanel';
import { entryHeadline, formatSignedPoints } from '../features/points/lib/point-history';
import { useMyPointsSummary } from '../features/points/hooks/useMyPointsSummary';
import { usePointHistory } from '../features/points/hooks/usePointHistory';
import { usePointRules } from '../features/points/hooks/usePointRules';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

/** マイポイント: level, totals per period, the explained history and how points work. */
export function PointsPage() {
  const { t, i18n } = useTranslation();
  const { summary, error: summaryError } = useMyPointsSummary();
  const history = usePointHistory();
  const { ruleSet, error: rulesError } = usePointRules();
  // A fresh form per opening: the key changes with every dispute or claim.
  const [appeal, setAppeal] = useState<{ key: number; entry: DisputedEntry | null } | null>(null);
  const openAppeal = (entry: DisputedEntry | null) =>
    setAppeal((current) => ({ key: (current?.key ?? 0) + 1, entry }));

  const allTime = summary?.totals.find((total) => total.kind === 'ALL_TIME');
  const periods = summary?.totals.filter((total) => total.kind !== 'ALL_TIME') ?? [];

  return (
    <Stack gap="lg" maw={1180}>
      <PageHeader title={t('points.title')} description={t('points.intro')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {summary ? (
              <>
                <LevelCard
                  level={summary.level}
                  allTimePoints={allTime?.points ?? 0}
                  allTimeLabel={allTime?.label ?? t('points.periods.ALL_TIME')}
                />
                <section aria-labelledby="points-periods-heading">
                  <Title order={2} fz="lg" mb="sm" id="points-periods-heading">
                    {t('points.periods.heading')}
                  </Title>
                  <PeriodTotals totals={periods} />
                </section>
              </>
            ) : summaryError ? (
              <ErrorAlert error={toApiError(summaryError)} />
            ) : (
              <FullPageLoader />
            )}

            <Card
              withBorder
              radius="lg"
              padding="lg"
              component="section"
              aria-labelledby="points-history-heading"
            >
              <Stack gap="xs">
                <Group gap="xs" wrap="nowrap">
                  <ThemeIcon variant="light" radius="xl" size={30} aria-hidden="true">
                    <IconHistory size={17} />
                  </ThemeIcon>
                  <Title order={2} fz="lg" id="points-history-heading">
                    {t('points.history.heading')}
                  </Title>
                </Group>
                {history.error ? <ErrorAlert error={toApiError(history.error)} /> : null}
                {!history.loaded ? (
                  history.error ? null : (
                    <Text size="sm" c="dimmed" role="status">
                      {t('app.loading')}
                    </Text>
                  )
                ) : history.entries.length === 0 ? (
                  <EarnPointsEmptyState ruleSet={ruleSet} />
                ) : (
                  <PointHistoryList
                    entries={history.entries}
                    hasNextPage={history.hasNextPage}
                    loadingMore={history.loadingMore}
                    onLoadMore={() => void history.loadMore()}
                    onDispute={(entry) =>
                      openAppeal({
                        id: entry.id,
                        headline: entryHeadline(entry),
                        points: formatSignedPoints(entry.points, i18n.language),
                      })
                    }
                  />
                )}
                <Group gap="sm" justify="space-between" wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {t('appeals.pointsHint')}
                  </Text>
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => openAppeal(null)}>
                      {t('appeals.missingButton')}
                    </Button>
                    <Button size="xs" variant="subtle" component={Link} to="/profile#appeals">
                      {t('appeals.myTitle')}
                    </Button>
                  </Group>
                </Group>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {ruleSet ? (
            <PointRulesPanel ruleSet={ruleSet} />
          ) : rulesError ? (
            <ErrorAlert error={toApiError(rulesError)} />
          ) : null}
        </Grid.Col>
      </Grid>
      {appeal ? (
        <AppealFormModal
          key={appeal.key}
          opened
          entry={appeal.entry}
          onClose={() => setAppeal(null)}
        />
      ) : null}
    </Stack>
  );
}
