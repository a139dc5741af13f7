import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BannedTermsPanel } from '../../features/guideline/components/BannedTermsPanel';
import { PageHeader } from '../../shared/ui/PageHeader';

/** 管理 › 禁止ワード: terms the pre-publish content check flags. */
export function BannedTermsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title={t('guideline.bannedTerms.title')}
        description={t('guideline.bannedTerms.intro')}
        actions={
          <Anchor component={Link} to="/admin/guideline" size="sm">
            {t('guideline.admin.title')}
          </Anchor>
        }
      />
      <BannedTermsPanel />
    </Stack>
  );
}
