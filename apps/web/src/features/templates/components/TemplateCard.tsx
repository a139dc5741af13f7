import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconClockHour4, IconCopy, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TemplateCardFieldsFragment } from '../../../generated/graphql';
import { formatHours } from '../lib/template-options';
import { TemplateBadges } from './TemplateBadges';

/** A template in the library: what it is for, how much it is used and how much time it saves. */
export function TemplateCard({ template }: { template: TemplateCardFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const titleId = `template-card-${template.id}`;
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="article"
      aria-labelledby={titleId}
      data-testid="template-card"
      h="100%"
    >
      <Stack gap="sm" h="100%">
        <TemplateBadges
          category={template.category.name}
          kind={template.kind}
          targetTool={template.targetTool}
          status={template.status}
        />
        <Anchor
          component={Link}
          to={`/templates/${encodeURIComponent(template.id)}`}
          id={titleId}
          fw={700}
          fz="lg"
          c="var(--mantine-color-text)"
          style={{ lineHeight: 1.35, overflowWrap: 'anywhere' }}
        >
          {template.title}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={3} style={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
          {template.description || t('templates.card.noDescription')}
        </Text>
        {template.hoursSavedPerMonth > 0 ? (
          <Group gap={6} wrap="nowrap" data-testid="template-hours">
            <IconClockHour4 size={18} color="var(--mantine-color-jade-7)" aria-hidden="true" />
            <Text size="sm" fw={700} c="jade.8">
              {t('templates.stats.hoursPerMonth', {
                hours: formatHours(template.hoursSavedPerMonth, i18n.language),
              })}
            </Text>
          </Group>
        ) : null}
        <Group gap="md" wrap="wrap" justify="space-between">
          <Group gap="md" wrap="wrap">
            <Group gap={4} wrap="nowrap">
              <IconCopy size={16} aria-hidden="true" color="var(--mantine-color-dimmed)" />
              <Text size="sm" data-testid="template-reuses">
                {t('templates.card.reuses', { n: number.format(template.reuseCount) })}
              </Text>
            </Group>
            <Group gap={4} wrap="nowrap">
              <IconUsers size={16} aria-hidden="true" color="var(--mantine-color-dimmed)" />
              <Text size="sm" data-testid="template-colleagues">
                {t('templates.stats.colleagues', { n: number.format(template.colleagueCount) })}
              </Text>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {t('templates.card.by', { name: template.author.displayName })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
