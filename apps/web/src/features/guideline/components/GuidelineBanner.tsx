import { Alert, Button, Group, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useGuideline } from '../hooks/useGuideline';

// The dialog renders Markdown: load it only when a member opens it.
const GuidelineDialog = lazy(() => import('./GuidelineDialog'));

/**
 * Shown in the app shell until the member acknowledges the current guideline version: opens
 * the guideline in a dialog with the acknowledge button. The guideline page has its own.
 */
export function GuidelineBanner() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { guideline } = useGuideline();
  const [opened, setOpened] = useState(false);

  if (!guideline?.needsAcknowledgement || pathname === '/guideline') return null;

  return (
    <>
      <Alert
        color="yellow"
        variant="light"
        radius="md"
        mb="lg"
        icon={<IconShieldCheck size={20} />}
        title={t('guideline.banner.title', { version: guideline.version })}
        data-testid="guideline-banner"
      >
        <Group justify="space-between" align="center" gap="sm" wrap="wrap">
          <Text size="sm" style={{ flex: '1 1 280px' }}>
            {t('guideline.banner.body')}
          </Text>
          <Button color="yellow.8" size="sm" onClick={() => setOpened(true)}>
            {t('guideline.banner.read')}
          </Button>
        </Group>
      </Alert>
      {opened ? (
        <Suspense fallback={null}>
          <GuidelineDialog guideline={guideline} opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
