import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GuidelineEditor } from '../../features/guideline/components/GuidelineEditor';
import { useGuideline } from '../../features/guideline/hooks/useGuideline';
import { toApiError } from '../../shared/lib/api-error';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { PageHeader } from '../../shared/ui/PageHeader';

/** 管理 › ガイドライン: edit the three sections and publish a new version. */
export function GuidelineAdminPage() {
  const { t } = useTranslation();
  const { guideline, error } = useGuideline({ fresh: true });
  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader
        title={t('guideline.admin.title')}
        description={t('guideline.admin.intro')}
        actions={
          <Anchor component={Link} to="/admin/banned-terms" size="sm">
            {t('guideline.bannedTerms.title')}
          </Anchor>
        }
      />
      {guideline ? (
        // A version published elsewhere starts a fresh form.
        <GuidelineEditor key={guideline.version} current={guideline} />
      ) : error ? (
        <ErrorAlert error={toApiError(error)} />
      ) : (
        <FullPageLoader />
      )}
    </Stack>
  );
}
