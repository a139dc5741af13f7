import { Alert, Badge, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconEdit, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AcknowledgeGuidelineButton } from '../features/guideline/components/AcknowledgeGuidelineButton';
import { GuidelineSections } from '../features/guideline/components/GuidelineSections';
import { useGuideline } from '../features/guideline/hooks/useGuideline';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

/** ガイドライン: the one-page rules for generative AI, and the member's acknowledgement. */
export function GuidelinePage() {
  const { t, i18n } = useTranslation();
  const session = useCurrentMember();
  const isAdmin = session.status === 'signedIn' && session.member.roles.includes('ADMIN');
  const { guideline, error } = useGuideline({ fresh: true });

  const editAction = isAdmin ? (
    <Button
      component={Link}
      to="/admin/guideline"
      variant="light"
      leftSection={<IconEdit size={16} />}
    >
      {t('guideline.edit')}
    </Button>
  ) : null;

  if (!guideline) {
    return error ? <ErrorAlert error={toApiError(error)} /> : <FullPageLoader />;
  }

  if (guideline.version === 0) {
    return (
      <Stack gap="lg" maw={1180}>
        <PageHeader
          title={t('guideline.title')}
          description={t('guideline.intro')}
          actions={editAction}
        />
        <Card withBorder radius="lg" padding="xl" data-testid="guideline-none">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden="true">
              <IconShieldCheck size={24} />
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} fz="lg">
                {t('guideline.noneTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {isAdmin ? t('guideline.noneAdmin') : t('guideline.noneMember')}
              </Text>
            </Stack>
          </Group>
        </Card>
      </Stack>
    );
  }

  const publishedAt = guideline.publishedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
        new Date(String(guideline.publishedAt)),
      )
    : null;

  return (
    <Stack gap="lg" maw={1180}>
      <PageHeader
        title={t('guideline.title')}
        description={t('guideline.intro')}
        actions={editAction}
      />
      <Group gap="xs">
        <Badge variant="light" size="lg" radius="sm" data-testid="guideline-version">
          {t('guideline.version', { version: guideline.version })}
        </Badge>
        {publishedAt ? (
          <Text size="sm" c="dimmed">
            {t('guideline.publishedAt', { date: publishedAt })}
          </Text>
        ) : null}
      </Group>

      {guideline.needsAcknowledgement ? (
        <Alert color="yellow" variant="light" icon={<IconShieldCheck size={20} />}>
          {t('guideline.pleaseAcknowledge')}
        </Alert>
      ) : null}

      <GuidelineSections content={guideline} />

      {guideline.needsAcknowledgement ? (
        <Card
          withBorder
          radius="lg"
          padding="lg"
          maw={560}
          style={{ alignSelf: 'center', width: '100%' }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('guideline.acknowledgeLead')}</Text>
            <AcknowledgeGuidelineButton version={guideline.version} />
          </Stack>
        </Card>
      ) : (
        <Group gap="xs" justify="center" data-testid="guideline-acknowledged">
          <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden="true" />
          <Text size="sm" c="green.8">
            {t('guideline.alreadyAcknowledged')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
