import {
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  EvaluationPeriodsDocument,
  ExportMyContributionReportDocument,
  MyContributionReportDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { fetchExportFile, saveBlob } from '../../../shared/lib/download';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { formatRank, reportStats } from '../lib/my-report';
import { PeriodRange, PeriodStatusBadge } from './PeriodsPanel';

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="lg" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * 自分の貢献レポート: exactly the row and evidence HR would export about me for a period
 * (the API computes it on the export's code path), with my row as a CSV download.
 */
export function MyContributionReportCard() {
  const { t, i18n } = useTranslation();
  const periods = useQuery(EvaluationPeriodsDocument, { fetchPolicy: 'cache-and-network' });
  const list = periods.data?.evaluationPeriods.periods ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const periodId = chosen ?? list[0]?.id ?? null;
  const report = useQuery(MyContributionReportDocument, {
    variables: { periodId: periodId ?? '' },
    skip: !periodId,
    fetchPolicy: 'cache-and-network',
  });
  const [exportMine, exportState] = useMutation(ExportMyContributionReportDocument);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const data = report.data?.myContributionReport;
  const row = data?.row ?? null;

  const download = async () => {
    if (!periodId) return;
    setDownloadError(null);
    setDownloading(true);
    try {
      const result = await exportMine({ variables: { periodId, format: 'CSV' } });
      const file = result.data?.exportMyContributionReport;
      if (file) saveBlob(await fetchExportFile(file.downloadUrl), file.fileName);
    } catch (caught) {
      setDownloadError(toApiError(caught));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg" id="my-report" data-testid="my-contribution-report">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg">
            {t('myReport.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('myReport.intro')}
          </Text>
        </Stack>
        {periods.error ? <ErrorAlert error={toApiError(periods.error)} /> : null}
        {periods.data && list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('myReport.noPeriods')}
          </Text>
        ) : null}
        {list.length > 0 ? (
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label={t('myReport.period')}
              data={list.map((period) => ({ value: period.id, label: period.name }))}
              value={periodId}
              onChange={setChosen}
              allowDeselect={false}
              w={260}
            />
            <Button
              variant="light"
              leftSection={<IconDownload size={16} />}
              loading={downloading || exportState.loading}
              disabled={!row}
              onClick={() => void download()}
            >
              {t('myReport.download')}
            </Button>
          </Group>
        ) : null}
        {data ? (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              <PeriodRange period={data.period} />
            </Text>
            <PeriodStatusBadge status={data.period.status} />
          </Group>
        ) : null}
        {report.error ? <ErrorAlert error={toApiError(report.error)} /> : null}
        {downloadError ? <ErrorAlert error={downloadError} /> : null}
        {data && !row ? (
          <Text size="sm" c="dimmed" data-testid="my-report-empty">
            {t('myReport.notInPeriod')}
          </Text>
        ) : null}
        {row ? (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
              <Stat
                label={t('myReport.totalPoints')}
                value={`${number.format(row.totalPoints)}pt`}
                testId="my-report-total"
              />
              <Stat label={t('myReport.score')} value={number.format(row.score)} />
              <Stat
                label={t('myReport.companyRank')}
                value={formatRank(row.companyRank, row.companyPercentile, i18n.language)}
              />
              <Stat
                label={t('myReport.departmentRank')}
                value={formatRank(row.departmentRank, row.departmentPercentile, i18n.language)}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('myReport.scoreFormula')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Table verticalSpacing={4} fz="sm" data-testid="my-report-categories">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('myReport.category')}</Table.Th>
                    <Table.Th ta="right">{t('myReport.points')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {row.categoryPoints.map((category) => (
                    <Table.Tr key={category.category}>
                      <Table.Td>{category.label}</Table.Td>
                      <Table.Td ta="right">{number.format(category.points)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Table verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('myReport.activity')}</Table.Th>
                    <Table.Th ta="right">{t('myReport.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reportStats(row).map((stat) => (
                    <Table.Tr key={stat.key}>
                      <Table.Td>{t(`myReport.stats.${stat.key}`)}</Table.Td>
                      <Table.Td ta="right">{number.format(stat.value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SimpleGrid>
            <Stack gap={4}>
              <Title order={3} fz="md">
                {t('myReport.evidence')}
              </Title>
              {row.evidence.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('myReport.noEvidence')}
                </Text>
              ) : (
                <Table verticalSpacing={4} fz="sm" data-testid="my-report-evidence">
                  <Table.Tbody>
                    {row.evidence.map((item) => (
                      <Table.Tr key={`${item.sourceType}-${item.sourceId}`}>
                        <Table.Td>
                          {item.link.startsWith('/') ? (
                            <Anchor component={Link} to={item.link} size="sm">
                              {item.title}
                            </Anchor>
                          ) : (
                            item.title
                          )}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {number.format(item.points)}pt
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
