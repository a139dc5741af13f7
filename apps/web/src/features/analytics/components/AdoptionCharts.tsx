import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  CONTRIBUTION_KINDS,
  activeRateBars,
  contributionStacks,
  hoursSavedSeries,
  trendLine,
} from '../lib/adoption-charts';

// Jade and companions readable on white (the theme's primary is jade.7 = #0f766e).
const PRIMARY = '#0f766e';
const SECONDARY = '#d97706';
const KIND_COLORS: Record<(typeof CONTRIBUTION_KINDS)[number], string> = {
  posts: '#0f766e',
  templates: '#2563eb',
  stories: '#d97706',
  reuses: '#45b8a8',
  reviews: '#7c3aed',
  kudos: '#db2777',
};
const HEIGHT = 260;
const AXIS = { fontSize: 11 };

function Empty() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" py="xl" ta="center">
      {t('analytics.noData')}
    </Text>
  );
}

export function ActiveRateChart(props: { departments: Parameters<typeof activeRateBars>[0] }) {
  const { t } = useTranslation();
  const data = activeRateBars(props.departments);
  if (data.length === 0) return <Empty />;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={AXIS} interval={0} />
        <YAxis unit="%" domain={[0, 100]} tick={AXIS} />
        <Tooltip formatter={(value) => [`${String(value)}%`, t('analytics.activeRate')]} />
        <Bar
          dataKey="percent"
          name={t('analytics.activeRate')}
          fill={PRIMARY}
          radius={[4, 4, 0, 0]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ActiveTrendChart(props: { points: Parameters<typeof trendLine>[0] }) {
  const { t } = useTranslation();
  const data = trendLine(props.points);
  if (data.length === 0) return <Empty />;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis unit="%" domain={[0, 100]} tick={AXIS} />
        <Tooltip formatter={(value) => [`${String(value)}%`, t('analytics.activeRate')]} />
        <Line
          type="monotone"
          dataKey="percent"
          name={t('analytics.activeRate')}
          stroke={PRIMARY}
          strokeWidth={2}
          dot={{ r: 3 }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function ContributionsChart(props: { weeks: Parameters<typeof contributionStacks>[0] }) {
  const { t } = useTranslation();
  const data = contributionStacks(props.weeks);
  if (data.length === 0) return <Empty />;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT + 40}>
      <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {CONTRIBUTION_KINDS.map((kind) => (
          <Bar
            key={kind}
            dataKey={kind}
            stackId="kinds"
            name={t(`analytics.kinds.${kind}`)}
            fill={KIND_COLORS[kind]}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function HoursSavedChart(props: { months: Parameters<typeof hoursSavedSeries>[0] }) {
  const { t } = useTranslation();
  const data = hoursSavedSeries(props.months);
  if (data.length === 0) return <Empty />;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT + 40}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis yAxisId="month" tick={AXIS} />
        <YAxis yAxisId="total" orientation="right" tick={AXIS} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar
          yAxisId="month"
          dataKey="hours"
          name={t('analytics.hoursPerMonth')}
          fill={PRIMARY}
          radius={[4, 4, 0, 0]}
        />
        <Line
          yAxisId="total"
          type="monotone"
          dataKey="cumulative"
          name={t('analytics.hoursCumulative')}
          stroke={SECONDARY}
          strokeWidth={2}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
