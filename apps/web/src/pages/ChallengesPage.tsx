import { Button, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChallengeCard } from '../features/challenges/components/ChallengeCard';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { ChallengesDocument, type ChallengeStatus } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { hasAnyRole } from '../shared/lib/roles';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

const TABS = [
  'ACTIVE',
  'UPCOMING',
  'CLOSED',
  'CANCELLED',
] as const satisfies readonly ChallengeStatus[];
const PAGE_SIZE = 20;

/** チャレンジ: active, upcoming and past team challenges. */
export function ChallengesPage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const [status, setStatus] = useState<ChallengeStatus>('ACTIVE');
  const { data, error, fetchMore, loading } = useQuery(ChallengesDocument, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const canCreate =
    session.status === 'signedIn' && hasAnyRole(session.member.roles, ['ADMIN', 'AMBASSADOR']);
  const connection = data?.challenges;

  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader
        title={t('challenges.title')}
        description={t('challenges.intro')}
        actions={
          canCreate ? (
            <Button component={Link} to="/challenges/new" leftSection={<IconPlus size={16} />}>
              {t('challenges.create')}
            </Button>
          ) : null
        }
      />
      <SegmentedControl
        aria-label={t('challenges.statusLabel')}
        data={TABS.map((value) => ({ value, label: t(`challenges.tabs.${value}`) }))}
        value={status}
        onChange={(value) => setStatus(value as ChallengeStatus)}
        maw={560}
      />
      {error ? <ErrorAlert error={toApiError(error)} /> : null}
      {!connection ? (
        error ? null : (
          <FullPageLoader />
        )
      ) : connection.edges.length === 0 ? (
        <Text c="dimmed" data-testid="challenges-empty">
          {t(`challenges.empty.${status}`)}
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {connection.edges.map((edge) => (
              <ChallengeCard key={edge.node.id} challenge={edge.node} />
            ))}
          </SimpleGrid>
          {connection.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              loading={loading}
              style={{ alignSelf: 'center' }}
              onClick={() =>
                void fetchMore({
                  variables: { status, first: PAGE_SIZE, after: connection.pageInfo.endCursor },
                }).catch(() => undefined)
              }
            >
              {t('challenges.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </Stack>
  );
}
