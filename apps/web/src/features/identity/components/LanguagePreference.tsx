import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAppLanguage } from '../../../app/i18n/language';
import { useLanguage } from '../hooks/useLanguage';

export function LanguagePreference() {
  const { t } = useTranslation();
  const { language, setLanguage, saving } = useLanguage();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" id="language-description">
        {t('profile.languageDescription')}
      </Text>
      <SegmentedControl
        aria-label={t('language.label')}
        aria-describedby="language-description"
        value={language}
        disabled={saving}
        onChange={(value) => {
          if (isAppLanguage(value)) void setLanguage(value);
        }}
        data={[
          { value: 'ja', label: t('language.ja') },
          { value: 'en', label: t('language.en') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
    </Stack>
  );
}
