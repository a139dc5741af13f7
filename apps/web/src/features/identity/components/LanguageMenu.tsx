import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../../app/i18n/language';
import { useLanguage } from '../hooks/useLanguage';

/** Header / sign-in page language switch. Language names are shown in their own language. */
export function LanguageMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { language, setLanguage, saving } = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          px={compact ? 8 : 'sm'}
          leftSection={<IconLanguage size={18} aria-hidden="true" />}
          aria-label={`${t('language.switch')} (${t(`language.${language}`)})`}
          loading={saving}
        >
          {compact ? language.toUpperCase() : t(`language.${language}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {SUPPORTED_LANGUAGES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            onClick={() => void setLanguage(option)}
            rightSection={option === language ? <IconCheck size={16} aria-hidden="true" /> : null}
            aria-current={option === language ? 'true' : undefined}
          >
            {t(`language.${option}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
