import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout, IconTrophy, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SUPPORTED_LANGUAGES } from '../../../app/i18n/language';
import { useLanguage } from '../hooks/useLanguage';
import { useSignOut } from '../hooks/useSignOut';
import type { CurrentMember } from '../hooks/useCurrentMember';

function initials(name: string): string {
  const trimmed = name.trim();
  return Array.from(trimmed)[0] ?? '?';
}

export function UserMenu({ member }: { member: CurrentMember }) {
  const { t } = useTranslation();
  const { signOut, loading } = useSignOut();
  const { language, setLanguage } = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={6}
          aria-label={t('header.userMenu')}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
        >
          <Avatar size={28} radius="xl" color="jade" aria-hidden="true">
            {initials(member.displayName)}
          </Avatar>
          <Text size="sm" fw={500} ml={8} visibleFrom="sm" truncate maw={160}>
            {member.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.signedInAs', { name: member.displayName })}</Menu.Label>
        <Menu.Item
          component={Link}
          to="/profile"
          leftSection={<IconUser size={16} aria-hidden="true" />}
        >
          {t('header.profile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/points"
          leftSection={<IconTrophy size={16} aria-hidden="true" />}
        >
          {t('header.myPoints')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        {SUPPORTED_LANGUAGES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            onClick={() => void setLanguage(option)}
            rightSection={option === language ? <IconCheck size={16} aria-hidden="true" /> : null}
          >
            {t(`language.${option}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          disabled={loading}
          onClick={() => void signOut()}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
