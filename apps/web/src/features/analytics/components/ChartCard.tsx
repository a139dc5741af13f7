import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdoptionAnalyticsCsvDocument,
  type AdoptionAnalyticsInput,
  type AdoptionChart,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { saveText } from '../../../shared/lib/download';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { csvFileName } from '../lib/adoption-charts';

/** A dashboard section: title, the chart or table, and its data as a CSV download. */
export function ChartCard(props: {
  chart: AdoptionChart;
  title: string;
  description?: string;
  input: AdoptionAnalyticsInput;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const download = async () => {
    setError(null);
    setDownloading(true);
    try {
      const result = await client.query({
        query: AdoptionAnalyticsCsvDocument,
        variables: { input: props.input, chart: props.chart },
        fetchPolicy: 'network-only',
      });
      const csv = result.data?.adoptionAnalyticsCsv;
      if (csv) {
        saveText(
          csv.content,
          csv.filename || csvFileName(props.chart, props.input.from, props.input.to),
        );
      }
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      data-testid={`chart-${props.chart.toLowerCase()}`}
      style={{ minWidth: 0 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="md">
              {props.title}
            </Title>
            {props.description ? (
              <Text size="xs" c="dimmed">
                {props.description}
              </Text>
            ) : null}
          </Stack>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            loading={downloading}
            onClick={() => void download()}
            aria-label={t('analytics.csvFor', { chart: props.title })}
          >
            CSV
          </Button>
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
        {props.children}
      </Stack>
    </Card>
  );
}
