import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelThresholdsEditor } from '../../features/points/components/LevelThresholdsEditor';
import { PointRulesEditor } from '../../features/points/components/PointRulesEditor';
import { usePointRules } from '../../features/points/hooks/usePointRules';
import { toApiError } from '../../shared/lib/api-error';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { PageHeader } from '../../shared/ui/PageHeader';

export function PointRulesPage() {
  const { t } = useTranslation();
  const { ruleSet, error } = usePointRules();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('pointRules.title')} description={t('pointRules.intro')} />
      {ruleSet ? (
        // A new version from elsewhere (another admin, a language switch) starts a fresh form.
        <PointRulesEditor
          key={`${ruleSet.version}-${ruleSet.rules[0]?.label ?? ''}`}
          ruleSet={ruleSet}
          savedVersion={savedVersion}
          onSaved={setSavedVersion}
        />
      ) : error ? (
        <ErrorAlert error={toApiError(error)} />
      ) : (
        <FullPageLoader />
      )}
      <LevelThresholdsEditor />
    </Stack>
  );
}
