import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TemplateCategoryAdmin } from '../../features/templates/components/TemplateCategoryAdmin';
import { PageHeader } from '../../shared/ui/PageHeader';

/** /admin/template-categories: the use-case categories of the template library. */
export function TemplateCategoriesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader
        title={t('templates.categories.title')}
        description={t('templates.categories.intro')}
      />
      <TemplateCategoryAdmin />
    </Stack>
  );
}
