import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconClockHour4, IconCopy, IconGitFork, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetailFieldsFragment } from '../../../generated/graphql';
import { formatHours } from '../lib/template-options';

function Stat(props: {
  icon: ReactNode;
  label: string;
  value: string;
  testId: string;
  accent?: boolean;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <ThemeIcon
        size={36}
        radius="xl"
        variant={props.accent ? 'filled' : 'light'}
        color={props.accent ? 'jade' : undefined}
        aria-hidden="true"
      >
        {props.icon}
      </ThemeIcon>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {props.label}
        </Text>
        <Text fw={700} fz={props.accent ? 'lg' : 'md'} data-testid={props.testId}>
          {props.value}
        </Text>
      </Stack>
    </Group>
  );
}

/** How much the template is used and how much time it saves. */
export function TemplateStatsCard({ template }: { template: TemplateDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-label={t('templates.stats.heading')}
    >
      <SimpleGrid cols={{ base: 2, md: 1 }} spacing="md">
        <Stat
          icon={<IconCopy size={18} />}
          label={t('templates.stats.reuseLabel')}
          value={t('templates.stats.reuses', { n: number.format(template.reuseCount) })}
          testId="stat-reuses"
        />
        <Stat
          icon={<IconUsers size={18} />}
          label={t('templates.stats.colleagueLabel')}
          value={t('templates.stats.colleagues', { n: number.format(template.colleagueCount) })}
          testId="stat-colleagues"
        />
        <Stat
          icon={<IconClockHour4 size={18} />}
          label={t('templates.stats.hoursLabel')}
          value={
            template.hoursSavedPerMonth > 0
              ? t('templates.stats.hoursPerMonth', {
                  hours: formatHours(template.hoursSavedPerMonth, i18n.language),
                })
              : t('templates.stats.noHours')
          }
          testId="stat-hours"
          accent={template.hoursSavedPerMonth > 0}
        />
        <Stat
          icon={<IconGitFork size={18} />}
          label={t('templates.stats.forkLabel')}
          value={t('templates.stats.forks', { n: number.format(template.forkCount) })}
          testId="stat-forks"
        />
      </SimpleGrid>
    </Card>
  );
}
