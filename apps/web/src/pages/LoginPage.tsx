import { Box, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageMenu } from '../features/identity/components/LanguageMenu';
import { SessionErrorView } from '../features/identity/components/SessionErrorView';
import { SignInForm } from '../features/identity/components/SignInForm';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { safeNextPath } from '../features/identity/next-path';
import { BrandLogo } from '../shared/ui/BrandLogo';
import { FullPageLoader } from '../shared/ui/FullPageLoader';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  if (session.status === 'loading') return <FullPageLoader />;
  if (session.status === 'error') return <SessionErrorView onRetry={session.retry} />;
  if (session.status === 'signedIn') return <Navigate to={next} replace />;

  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0} mih="100dvh">
        <Box
          component="section"
          aria-labelledby="brand-heading"
          px={{ base: 'lg', sm: 48 }}
          py={{ base: 'xl', sm: 48 }}
          style={{
            background: 'linear-gradient(150deg, #0b625b 0%, #0f766e 45%, #179a88 100%)',
            color: 'white',
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
          }}
        >
          <Stack gap="lg" maw={520} mx="auto" w="100%">
            <Group gap="sm">
              <BrandLogo size={44} />
              <Title id="brand-heading" order={2} c="white" fz={{ base: 26, sm: 32 }}>
                知恵の輪{' '}
                <Text span inherit fw={500} opacity={0.85}>
                  Chienowa
                </Text>
              </Title>
            </Group>
            <Text fz={{ base: 'lg', sm: 22 }} fw={700} lh={1.4}>
              {t('auth.brandTagline')}
            </Text>
            <Text opacity={0.92} lh={1.7} visibleFrom="sm">
              {t('auth.brandDescription')}
            </Text>
            <List
              spacing="xs"
              visibleFrom="sm"
              icon={
                <ThemeIcon color="yellow.3" c="dark" size={22} radius="xl" aria-hidden="true">
                  <IconCircleCheck size={16} />
                </ThemeIcon>
              }
            >
              <List.Item c="white">{t('auth.brandPoint1')}</List.Item>
              <List.Item c="white">{t('auth.brandPoint2')}</List.Item>
              <List.Item c="white">{t('auth.brandPoint3')}</List.Item>
            </List>
          </Stack>
        </Box>

        <Box
          component="main"
          p={{ base: 'md', sm: 48 }}
          style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center' }}
        >
          <Stack maw={420} w="100%" mx="auto" gap="lg">
            <Group justify="flex-end">
              <LanguageMenu />
            </Group>
            <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
              <Stack gap="lg">
                <Stack gap={4}>
                  <Title order={1} fz={26}>
                    {t('auth.title')}
                  </Title>
                  <Text c="dimmed" size="sm">
                    {t('auth.subtitle')}
                  </Text>
                </Stack>
                <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
              </Stack>
            </Paper>
            <Text size="xs" c="dimmed" ta="center">
              {t('auth.forgotPassword')}
            </Text>
          </Stack>
        </Box>
      </SimpleGrid>
    </Box>
  );
}
