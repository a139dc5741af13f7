import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../templates/lib/template-options';

/** The headline number of a story: hours saved per month. */
export function HoursSaved(props: { hours: number; size?: 'md' | 'lg'; testId?: string }) {
  const { t, i18n } = useTranslation();
  const big = props.size === 'lg';
  return (
    <Stack gap={0} align="center" miw={big ? 120 : 92} data-testid={props.testId ?? 'story-hours'}>
      <Text size="xs" c="dimmed" fw={500}>
        {t('stories.hours.perMonthLabel')}
      </Text>
      <Text fz={big ? 40 : 28} fw={800} c="jade.8" lh={1.1}>
        {formatHours(props.hours, i18n.language)}
        <Text span fz={big ? 'lg' : 'sm'} fw={700} ml={2}>
          {t('stories.hours.unit')}
        </Text>
      </Text>
      <Text size="xs" c="dimmed">
        {t('stories.hours.saved')}
      </Text>
    </Stack>
  );
}
