import { Alert, Card, Group, SegmentedControl, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderboardPeriod, LeaderboardScope, LeaderboardSubject } from '../generated/graphql';
import { LeaderboardTable } from '../features/leaderboards/components/LeaderboardTable';
import { LeaderboardVisibilitySwitch } from '../features/leaderboards/components/LeaderboardVisibilitySwitch';
import { MyRankCard } from '../features/leaderboards/components/MyRankCard';
import { useLeaderboard } from '../features/leaderboards/hooks/useLeaderboard';
import { showMyRowSeparately } from '../features/leaderboards/lib/rank';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

const SUBJECTS = ['MEMBER', 'TEAM', 'DEPARTMENT'] as const satisfies readonly LeaderboardSubject[];
const PERIODS = [
  'WEEK',
  'MONTH',
  'FISCAL_QUARTER',
  'FISCAL_HALF',
  'FISCAL_YEAR',
  'ALL_TIME',
] as const satisfies readonly LeaderboardPeriod[];
const SCOPES = [
  'COMPANY',
  'MY_DEPARTMENT',
  'MY_TEAM',
] as const satisfies readonly LeaderboardScope[];

/** ランキング: members, teams and departments per period and scope; my own rank always. */
export function LeaderboardPage() {
  const { t } = useTranslation();
  const [subject, setSubject] = useState<LeaderboardSubject>('MEMBER');
  const [period, setPeriod] = useState<LeaderboardPeriod>('MONTH');
  const [scope, setScope] = useState<LeaderboardScope>('COMPANY');
  const { board, error } = useLeaderboard({ subject, period, scope });

  const subjectLabel = t(`leaderboard.subjects.${subject}`);
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('leaderboard.title')} description={t('leaderboard.intro')} />
      <Tabs
        value={subject}
        onChange={(value) => value && setSubject(value as LeaderboardSubject)}
        keepMounted={false}
      >
        <Tabs.List>
          {SUBJECTS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`leaderboard.subjects.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('leaderboard.period')}
          data={PERIODS.map((value) => ({ value, label: t(`leaderboard.periods.${value}`) }))}
          value={period}
          onChange={(value) => value && setPeriod(value as LeaderboardPeriod)}
          allowDeselect={false}
          w={180}
          data-testid="leaderboard-period"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="leaderboard-scope-label">
            {t('leaderboard.scope')}
          </Text>
          <SegmentedControl
            aria-labelledby="leaderboard-scope-label"
            data={SCOPES.map((value) => ({ value, label: t(`leaderboard.scopes.${value}`) }))}
            value={scope}
            onChange={(value) => setScope(value as LeaderboardScope)}
          />
        </Stack>
      </Group>

      {error ? <ErrorAlert error={toApiError(error)} /> : null}
      {!board ? (
        error ? null : (
          <FullPageLoader />
        )
      ) : (
        <>
          <MyRankCard me={board.me} totalRanked={board.totalRanked} subjectLabel={subjectLabel} />
          {board.visibleTopN !== null ? (
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
              {t('leaderboard.topNOnly', { count: board.visibleTopN })}
            </Alert>
          ) : null}
          <Card withBorder radius="lg" padding="md">
            {board.entries.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="leaderboard-empty">
                {t('leaderboard.empty')}
              </Text>
            ) : (
              <LeaderboardTable
                entries={board.entries}
                me={board.me}
                showMe={showMyRowSeparately(board.entries, board.me)}
                caption={t('leaderboard.caption', {
                  subject: subjectLabel,
                  period: t(`leaderboard.periods.${period}`),
                  scope: t(`leaderboard.scopes.${scope}`),
                })}
              />
            )}
          </Card>
        </>
      )}
      {subject === 'MEMBER' ? (
        <Card withBorder radius="lg" padding="md">
          <LeaderboardVisibilitySwitch />
        </Card>
      ) : null}
    </Stack>
  );
}
