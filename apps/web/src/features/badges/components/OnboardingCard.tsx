import {
  Anchor,
  Card,
  Group,
  List,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconCircleCheck, IconCircleDashed, IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyOnboardingDocument } from '../../../generated/graphql';
import { onboardingStepPath } from '../lib/onboarding';

/** はじめの一歩: the checklist for members who have not finished it (hidden afterwards). */
export function OnboardingCard() {
  const { t } = useTranslation();
  const { data } = useQuery(MyOnboardingDocument, { fetchPolicy: 'cache-and-network' });
  const onboarding = data?.myOnboarding;
  if (!onboarding || onboarding.complete) return null;
  const percent = Math.round((onboarding.doneCount / Math.max(1, onboarding.total)) * 100);
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="onboarding-heading"
      data-testid="onboarding"
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="orange" radius="xl" aria-hidden="true">
            <IconRocket size={18} />
          </ThemeIcon>
          <Title order={2} fz="lg" id="onboarding-heading">
            {t('onboarding.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('onboarding.intro')}
        </Text>
        <Progress
          value={percent}
          color="orange"
          aria-label={t('onboarding.progress', {
            done: onboarding.doneCount,
            total: onboarding.total,
          })}
        />
        <Text size="xs" c="dimmed">
          {t('onboarding.progress', { done: onboarding.doneCount, total: onboarding.total })}
        </Text>
        <List spacing="xs" center>
          {onboarding.steps.map((step) => {
            const path = onboardingStepPath(step.key);
            return (
              <List.Item
                key={step.key}
                data-testid="onboarding-step"
                data-done={step.done ? 'true' : 'false'}
                icon={
                  step.done ? (
                    <IconCircleCheck
                      size={20}
                      color="var(--mantine-color-jade-6)"
                      aria-hidden="true"
                    />
                  ) : (
                    <IconCircleDashed
                      size={20}
                      color="var(--mantine-color-gray-5)"
                      aria-hidden="true"
                    />
                  )
                }
              >
                <Stack gap={0}>
                  <Text
                    size="sm"
                    td={step.done ? 'line-through' : undefined}
                    c={step.done ? 'dimmed' : undefined}
                  >
                    {path && !step.done ? (
                      <Anchor component={Link} to={path} inherit>
                        {step.title}
                      </Anchor>
                    ) : (
                      step.title
                    )}
                    {step.done ? (
                      <VisuallyHidden>{` (${t('onboarding.done')})`}</VisuallyHidden>
                    ) : null}
                  </Text>
                  {!step.done ? (
                    <Text size="xs" c="dimmed">
                      {step.hint}
                    </Text>
                  ) : null}
                </Stack>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Card>
  );
}
