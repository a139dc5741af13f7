import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MyAppealsCard } from '../features/appeals/components/MyAppealsCard';
import { MyBadgesCard } from '../features/badges/components/MyBadgesCard';
import { MyContributionReportCard } from '../features/hr-export/components/MyContributionReportCard';
import { ChangePasswordForm } from '../features/identity/components/ChangePasswordForm';
import { LanguagePreference } from '../features/identity/components/LanguagePreference';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { MyHoursSavedQuery } from '../features/stories/graphql/my-hours-saved.query';
import { formatIsoDate } from '../shared/lib/dates';
import { departmentLabel } from '../shared/lib/department-label';
import { sortRoles } from '../shared/lib/roles';
import { PageHeader } from '../shared/ui/PageHeader';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const session = useCurrentMember();
  const hours = useQuery(MyHoursSavedQuery, { fetchPolicy: 'cache-and-network' });
  if (session.status !== 'signedIn') return null;
  const { member } = session;
  const none = (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  );

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('profile.title')} />
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('profile.details')}
          </Title>
          <SimpleGrid
            component="dl"
            cols={{ base: 1, sm: 2 }}
            spacing="md"
            verticalSpacing="md"
            m={0}
          >
            <Field label={t('profile.displayName')}>{member.displayName}</Field>
            <Field label={t('profile.nameReading')}>{member.nameReading}</Field>
            <Field label={t('profile.email')}>{member.email}</Field>
            <Field label={t('profile.employeeNumber')}>{member.employeeNumber ?? none}</Field>
            <Field label={t('profile.organization')}>{member.organization.name}</Field>
            <Field label={t('profile.department')}>
              {departmentLabel(member.department) ?? none}
            </Field>
            <Field label={t('profile.teams')}>
              {member.teams.length > 0 ? member.teams.map((team) => team.name).join('、') : none}
            </Field>
            <Field label={t('profile.joinedOn')}>
              {formatIsoDate(member.joinedOn, i18n.language) ?? none}
            </Field>
            <Field label={t('profile.hoursSaved')}>
              {t('profile.hoursSavedValue', { hours: hours.data?.me?.hoursSavedPerMonth ?? 0 })}
            </Field>
            <Field label={t('profile.roles')}>
              <Group gap={6}>
                {sortRoles(member.roles).map((role) => (
                  <Badge key={role} variant="light">
                    {t(`roles.${role}`)}
                  </Badge>
                ))}
              </Group>
            </Field>
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('profile.editNote')}
          </Text>
        </Stack>
      </Card>

      <MyBadgesCard />

      <MyContributionReportCard />

      <MyAppealsCard />

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('profile.languageTitle')}
          </Title>
          <LanguagePreference />
        </Stack>
      </Card>

      <Card withBorder radius="lg" padding="lg" id="password">
        <Stack gap="md">
          <Title order={2} fz="lg" id="password-heading">
            {t('password.title')}
          </Title>
          <ChangePasswordForm />
        </Stack>
      </Card>
    </Stack>
  );
}
