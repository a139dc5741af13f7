import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyPointsSummaryQuery } from '../../../generated/graphql';

type Total = MyPointsSummaryQuery['myPoints']['totals'][number];

/** Points per current period; the server's label names the period (「2026年度 下期」). */
export function PeriodTotals({ totals }: { totals: readonly Total[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3 }}
      spacing={{ base: 'sm', sm: 'md' }}
      component="ul"
      aria-label={t('points.periods.heading')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {totals.map((total) => (
        <Card
          key={total.kind}
          component="li"
          withBorder
          radius="md"
          padding="md"
          data-testid="period-total"
          data-kind={total.kind}
        >
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t(`points.periods.${total.kind}`)}
            </Text>
            <Text fz={26} fw={700} lh={1.2} c={total.points > 0 ? 'jade.8' : undefined}>
              {number.format(total.points)}
              <Text span fz="sm" fw={600} ml={3}>
                pt
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              {total.label}
            </Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
