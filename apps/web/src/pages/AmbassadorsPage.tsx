import { Avatar, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MySpecialitiesEditor } from '../features/badges/components/MySpecialitiesEditor';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { AmbassadorsDocument } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

/** アンバサダー: who to ask in each department, with their specialities. */
export function AmbassadorsPage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const { data, error } = useQuery(AmbassadorsDocument, {
    variables: { departmentId: null },
    fetchPolicy: 'cache-and-network',
  });
  const isAmbassador = session.status === 'signedIn' && session.member.roles.includes('AMBASSADOR');

  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader title={t('ambassadors.title')} description={t('ambassadors.intro')} />
      {isAmbassador ? <MySpecialitiesEditor /> : null}
      {error ? <ErrorAlert error={toApiError(error)} /> : null}
      {!data ? (
        error ? null : (
          <FullPageLoader />
        )
      ) : data.ambassadors.length === 0 ? (
        <Text c="dimmed">{t('ambassadors.empty')}</Text>
      ) : (
        data.ambassadors.map((group) => (
          <Stack
            key={group.departmentId ?? 'none'}
            gap="sm"
            component="section"
            data-testid="ambassador-group"
          >
            <Title order={2} fz="lg">
              {group.departmentName ?? t('ambassadors.noDepartment')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {group.ambassadors.map((ambassador) => (
                <Card
                  key={ambassador.member.id}
                  withBorder
                  radius="md"
                  padding="md"
                  data-testid="ambassador"
                >
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Avatar color="jade" radius="xl" aria-hidden="true">
                      {ambassador.member.displayName.slice(0, 1)}
                    </Avatar>
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Text fw={700} size="sm">
                        {ambassador.member.displayName}
                      </Text>
                      {ambassador.member.teams.length > 0 ? (
                        <Text size="xs" c="dimmed">
                          {ambassador.member.teams.map((team) => team.name).join('、')}
                        </Text>
                      ) : null}
                      <Group gap={4} aria-label={t('ambassadors.specialities')} role="list">
                        {ambassador.specialities.length > 0 ? (
                          ambassador.specialities.map((tag) => (
                            <Badge key={tag} variant="light" size="sm" role="listitem">
                              {tag}
                            </Badge>
                          ))
                        ) : (
                          <Text size="xs" c="dimmed">
                            {t('ambassadors.noSpecialities')}
                          </Text>
                        )}
                      </Group>
                    </Stack>
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ))
      )}
    </Stack>
  );
}
