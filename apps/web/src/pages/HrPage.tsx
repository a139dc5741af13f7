import { Alert, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppealsQueuePanel } from '../features/appeals/components/AppealsQueuePanel';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { AuditLogPanel } from '../features/hr-export/components/AuditLogPanel';
import { ExportPanel } from '../features/hr-export/components/ExportPanel';
import { ExportSettingsPanel } from '../features/hr-export/components/ExportSettingsPanel';
import { PeriodsPanel } from '../features/hr-export/components/PeriodsPanel';
import { EvaluationPeriodsDocument } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { hasAnyRole } from '../shared/lib/roles';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { PageHeader } from '../shared/ui/PageHeader';

const HR_TABS = ['periods', 'export', 'audit', 'appeals', 'settings'] as const;
type HrTab = (typeof HR_TABS)[number];

/**
 * 人事: evaluation periods, exports with a preview, the audit log, appeals and settings (HR
 * and admins). A manager reaches the export tab only; the API refuses it unless the
 * organization lets managers export their own departments (the refusal is audited).
 */
export function HrPage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const [params, setParams] = useSearchParams();
  const periods = useQuery(EvaluationPeriodsDocument, { fetchPolicy: 'cache-and-network' });
  const roles = session.status === 'signedIn' ? session.member.roles : [];
  const hr = hasAnyRole(roles, ['HR', 'ADMIN']);
  const tabs: readonly HrTab[] = hr ? HR_TABS : ['export'];
  const requested = params.get('tab') as HrTab | null;
  const tab: HrTab = requested && tabs.includes(requested) ? requested : (tabs[0] ?? 'export');
  const data = periods.data?.evaluationPeriods;

  return (
    <Stack gap="lg" maw={1180}>
      <PageHeader title={t('hr.title')} description={t('hr.intro')} />
      {!hr ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          {t('hr.managerNote')}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(value) => value && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`hr.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {periods.error ? <ErrorAlert error={toApiError(periods.error)} /> : null}
        <Tabs.Panel value="periods">
          {data ? <PeriodsPanel data={data} /> : periods.error ? null : <FullPageLoader />}
        </Tabs.Panel>
        <Tabs.Panel value="export">
          {data ? (
            <ExportPanel periods={data.periods} />
          ) : periods.error ? null : (
            <FullPageLoader />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditLogPanel />
        </Tabs.Panel>
        <Tabs.Panel value="appeals">
          <AppealsQueuePanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <ExportSettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
