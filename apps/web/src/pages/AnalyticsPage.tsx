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
  TextInput,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ActiveRateChart,
  ActiveTrendChart,
  ContributionsChart,
  HoursSavedChart,
} from '../features/analytics/components/AdoptionCharts';
import { ChartCard } from '../features/analytics/components/ChartCard';
import { defaultAnalyticsRange, toPercent } from '../features/analytics/lib/adoption-charts';
import { departmentOptions } from '../features/structure/department-tree';
import { useStructure } from '../features/structure/hooks/useStructure';
import {
  AdoptionAnalyticsDocument,
  type AdoptionAnalyticsInput,
  type AdoptionAnalyticsQuery,
} from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { formatIsoDate } from '../shared/lib/dates';
import { splitFieldErrors } from '../shared/lib/form-errors';
import { useErrorText } from '../shared/lib/use-error-text';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

type Analytics = AdoptionAnalyticsQuery['adoptionAnalytics'];
type Column<R> = { header: string; cell: (row: R) => ReactNode; numeric?: boolean };

function DataTable<R>(props: {
  rows: readonly R[];
  columns: Column<R>[];
  rowKey: (row: R) => string;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (props.rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" ta="center">
        {t('analytics.noData')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={4} fz="sm" striped data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            {props.columns.map((column) => (
              <Table.Th key={column.header} ta={column.numeric ? 'right' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={props.rowKey(row)}>
              {props.columns.map((column) => (
                <Table.Td
                  key={column.header}
                  ta={column.numeric ? 'right' : undefined}
                  style={column.numeric ? { fontVariantNumeric: 'tabular-nums' } : undefined}
                >
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Headline({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Card withBorder radius="lg" padding="md">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz={28} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Card>
  );
}

/** 分析 (利用状況): adoption of the programme for HR, admins and managers (their departments). */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const { fieldText } = useErrorText();
  const structure = useStructure();
  const initial = useMemo(() => defaultAnalyticsRange(new Date()), []);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [input, setInput] = useState<AdoptionAnalyticsInput>({ ...initial, departmentId: null });
  const query = useQuery(AdoptionAnalyticsDocument, {
    variables: { input },
    fetchPolicy: 'cache-and-network',
  });
  const data: Analytics | undefined = (query.data ?? query.previousData)?.adoptionAnalytics;
  const error = query.error ? toApiError(query.error) : null;
  const split = splitFieldErrors(error, ['from', 'to', 'departmentId'] as const);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const departments = structure.departments;
  const departmentName = (id: string | null) =>
    (id && departments.find((department) => department.id === id)?.name) || '';
  const date = (value: string | null) => formatIsoDate(value, i18n.language) ?? '—';
  const hours = (value: number) => t('analytics.hoursValue', { hours: number.format(value) });

  const templateColumns: Column<Analytics['topTemplatesByReuses'][number]>[] = [
    {
      header: t('analytics.columns.template'),
      cell: (row) => (
        <Anchor component={Link} to={`/templates/${row.templateId}`} size="sm">
          {row.title}
        </Anchor>
      ),
    },
    { header: t('analytics.columns.author'), cell: (row) => row.authorName },
    {
      header: t('analytics.columns.reuses'),
      cell: (row) => number.format(row.reuses),
      numeric: true,
    },
    {
      header: t('analytics.columns.hoursSaved'),
      cell: (row) => hours(row.hoursSaved),
      numeric: true,
    },
  ];
  const contentColumns: Column<Analytics['deadContent'][number]>[] = [
    {
      header: t('analytics.columns.post'),
      cell: (row) => (
        <Anchor component={Link} to={`/knowledge/${row.postId}`} size="sm">
          {row.title}
        </Anchor>
      ),
    },
    { header: t('analytics.columns.owner'), cell: (row) => row.ownerName },
    { header: t('analytics.columns.department'), cell: (row) => departmentName(row.departmentId) },
    { header: t('analytics.columns.lastViewed'), cell: (row) => date(row.lastViewedOn) },
    { header: t('analytics.columns.reviewBy'), cell: (row) => date(row.reviewBy) },
  ];

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('analytics.title')} description={t('analytics.intro')} />
      <Card withBorder radius="lg" padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setInput({ from, to, departmentId });
          }}
        >
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              type="date"
              label={t('analytics.from')}
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              error={split.byField.from ? fieldText(split.byField.from) : undefined}
            />
            <TextInput
              type="date"
              label={t('analytics.to')}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={split.byField.to ? fieldText(split.byField.to) : undefined}
            />
            <Select
              label={t('analytics.department')}
              placeholder={t('analytics.allDepartments')}
              data={departmentOptions(departments)}
              value={departmentId}
              onChange={setDepartmentId}
              clearable
              searchable
              error={split.byField.departmentId ? fieldText(split.byField.departmentId) : undefined}
              w={260}
            />
            <Button type="submit" mt={25} loading={query.loading}>
              {t('analytics.apply')}
            </Button>
          </Group>
        </form>
      </Card>
      {error ? <ErrorAlert error={error} unplacedFields={split.other} /> : null}
      {!data ? (
        error ? null : (
          <FullPageLoader />
        )
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Headline
              label={t('analytics.overallActiveRate')}
              value={`${number.format(toPercent(data.activeRate.rate))}%`}
              testId="analytics-active-rate"
            />
            <Headline
              label={t('analytics.activeMembers')}
              value={t('analytics.activeOf', {
                active: number.format(data.activeRate.activeMembers),
                members: number.format(data.activeRate.members),
              })}
              testId="analytics-active-members"
            />
            <Headline
              label={t('analytics.totalHoursSaved')}
              value={hours(data.totalHoursSaved)}
              testId="analytics-hours-saved"
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('analytics.activeDefinition')}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <ChartCard chart="ACTIVE_RATE" title={t('analytics.charts.activeRate')} input={input}>
              <ActiveRateChart departments={data.departments} />
            </ChartCard>
            <ChartCard chart="WEEKLY_TREND" title={t('analytics.charts.weeklyTrend')} input={input}>
              <ActiveTrendChart points={data.weeklyTrend} />
            </ChartCard>
            <ChartCard
              chart="MONTHLY_TREND"
              title={t('analytics.charts.monthlyTrend')}
              input={input}
            >
              <ActiveTrendChart points={data.monthlyTrend} />
            </ChartCard>
            <ChartCard
              chart="CONTRIBUTIONS"
              title={t('analytics.charts.contributions')}
              input={input}
            >
              <ContributionsChart weeks={data.contributionsByWeek} />
            </ChartCard>
            <ChartCard chart="HOURS_SAVED" title={t('analytics.charts.hoursSaved')} input={input}>
              <HoursSavedChart months={data.hoursSavedByMonth} />
            </ChartCard>
            <ChartCard
              chart="TOP_CONTRIBUTORS"
              title={t('analytics.charts.topContributors')}
              input={input}
            >
              <DataTable
                rows={data.topContributors}
                rowKey={(row) => row.memberId}
                testId="top-contributors"
                columns={[
                  { header: t('analytics.columns.member'), cell: (row) => row.name },
                  {
                    header: t('analytics.columns.department'),
                    cell: (row) => departmentName(row.departmentId),
                  },
                  {
                    header: t('analytics.columns.points'),
                    cell: (row) => `${number.format(row.points)}pt`,
                    numeric: true,
                  },
                ]}
              />
            </ChartCard>
            <ChartCard
              chart="TOP_TEMPLATES_BY_REUSES"
              title={t('analytics.charts.topTemplatesByReuses')}
              input={input}
            >
              <DataTable
                rows={data.topTemplatesByReuses}
                rowKey={(row) => row.templateId}
                columns={templateColumns}
              />
            </ChartCard>
            <ChartCard
              chart="TOP_TEMPLATES_BY_HOURS_SAVED"
              title={t('analytics.charts.topTemplatesByHoursSaved')}
              input={input}
            >
              <DataTable
                rows={data.topTemplatesByHoursSaved}
                rowKey={(row) => row.templateId}
                columns={templateColumns}
              />
            </ChartCard>
          </SimpleGrid>
          <ChartCard
            chart="DEAD_CONTENT"
            title={t('analytics.charts.deadContent', { count: data.deadContentCount })}
            description={t('analytics.deadDefinition')}
            input={input}
          >
            <DataTable
              rows={data.deadContent}
              rowKey={(row) => row.postId}
              columns={contentColumns}
              testId="dead-content"
            />
          </ChartCard>
          <ChartCard
            chart="STALE_CONTENT"
            title={t('analytics.charts.staleContent', { count: data.staleContentCount })}
            description={t('analytics.staleDefinition')}
            input={input}
          >
            <DataTable
              rows={data.staleContent}
              rowKey={(row) => row.postId}
              columns={contentColumns}
              testId="stale-content"
            />
          </ChartCard>
          <ChartCard
            chart="DEPARTMENT_COMPARISON"
            title={t('analytics.charts.departmentComparison')}
            input={input}
          >
            <DataTable
              rows={data.departmentComparison}
              rowKey={(row) => row.departmentId}
              testId="department-comparison"
              columns={[
                { header: t('analytics.columns.department'), cell: (row) => row.name },
                {
                  header: t('analytics.activeRate'),
                  cell: (row) => `${number.format(toPercent(row.rate))}%`,
                  numeric: true,
                },
                {
                  header: t('analytics.columns.members'),
                  cell: (row) =>
                    t('analytics.activeOf', {
                      active: number.format(row.activeMembers),
                      members: number.format(row.members),
                    }),
                  numeric: true,
                },
                {
                  header: t('analytics.columns.posts'),
                  cell: (row) => number.format(row.posts),
                  numeric: true,
                },
                {
                  header: t('analytics.columns.reuses'),
                  cell: (row) => number.format(row.reuses),
                  numeric: true,
                },
                {
                  header: t('analytics.columns.hoursSaved'),
                  cell: (row) => hours(row.hoursSaved),
                  numeric: true,
                },
                {
                  header: t('analytics.columns.points'),
                  cell: (row) => `${number.format(row.points)}pt`,
                  numeric: true,
                },
              ]}
            />
          </ChartCard>
        </>
      )}
    </Stack>
  );
}
