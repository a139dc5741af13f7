import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { ROLE_VALUES } from '../../../shared/lib/roles';
import { useMemberFormOptions } from '../hooks/useMemberFormOptions';

export type MemberFilterValues = {
  search: string;
  departmentId: string | null;
  teamId: string | null;
  role: Role | null;
  includeInactive: boolean;
};

export const EMPTY_MEMBER_FILTER: MemberFilterValues = {
  search: '',
  departmentId: null,
  teamId: null,
  role: null,
  includeInactive: false,
};

function isRole(value: string | null): value is Role {
  return (ROLE_VALUES as readonly string[]).includes(value ?? '');
}

export function MemberFilters(props: {
  value: MemberFilterValues;
  onChange: (value: MemberFilterValues) => void;
}) {
  const { t } = useTranslation();
  const options = useMemberFormOptions();
  const { value, onChange } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <TextInput
        label={t('members.search')}
        placeholder={t('members.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        type="search"
      />
      <Select
        label={t('members.department')}
        placeholder={t('members.all')}
        data={options.departments}
        value={value.departmentId}
        onChange={(departmentId) => onChange({ ...value, departmentId })}
        clearable
        searchable
      />
      <Select
        label={t('members.team')}
        placeholder={t('members.all')}
        data={options.teams}
        value={value.teamId}
        onChange={(teamId) => onChange({ ...value, teamId })}
        clearable
        searchable
      />
      <Select
        label={t('members.role')}
        placeholder={t('members.all')}
        data={ROLE_VALUES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: isRole(role) ? role : null })}
        clearable
      />
      <Switch
        label={t('members.includeInactive')}
        checked={value.includeInactive}
        onChange={(event) => onChange({ ...value, includeInactive: event.currentTarget.checked })}
      />
    </SimpleGrid>
  );
}
