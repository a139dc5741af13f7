import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CustomBadgesDocument } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { isBadgePeriodKey } from '../lib/custom-badge-form';

/** The organization's own badges (the built-in catalogue is not listed here). */
export function CustomBadgeList() {
  const { t } = useTranslation();
  const { data, error } = useQuery(CustomBadgesDocument, { fetchPolicy: 'cache-and-network' });
  const badges = (data?.badges ?? []).filter((badge) => badge.custom);
  return (
    <Stack gap="sm" component="section" aria-labelledby="custom-badge-list">
      <Title order={2} fz="lg" id="custom-badge-list">
        {t('badges.custom.listHeading', { n: badges.length })}
      </Title>
      {error ? <ErrorAlert error={toApiError(error)} /> : null}
      {data && badges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('badges.custom.empty')}
        </Text>
      ) : null}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {badges.map((badge) => {
          const level = badge.levels[0];
          return (
            <Card
              key={badge.id}
              withBorder
              radius="md"
              padding="sm"
              component="li"
              data-testid="custom-badge"
            >
              <Stack gap={2}>
                <Text fw={600}>{badge.name}</Text>
                {badge.description ? (
                  <Text size="sm" c="dimmed">
                    {badge.description}
                  </Text>
                ) : null}
                <Group gap="md">
                  <Text size="sm">
                    {t('badges.custom.criterion', {
                      metric: badge.metricLabel,
                      period: isBadgePeriodKey(badge.period)
                        ? t(`badges.periods.${badge.period}`)
                        : badge.period,
                      threshold: level?.threshold ?? 0,
                    })}
                  </Text>
                  {level && level.points > 0 ? (
                    <Text size="sm">
                      {t('badges.custom.pointsValue', { points: level.points })}
                    </Text>
                  ) : null}
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
