import { ActionIcon, Badge, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemberListFieldsFragment } from '../../../generated/graphql';
import { departmentLabel } from '../../../shared/lib/department-label';
import { sortRoles } from '../../../shared/lib/roles';

export type MemberAction = 'edit' | 'resetPassword' | 'deactivate' | 'reactivate';

export function MemberTable(props: {
  members: MemberListFieldsFragment[];
  currentMemberId: string;
  onAction: (action: MemberAction, member: MemberListFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="member-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.name')}</Table.Th>
            <Table.Th>{t('members.emailAndNumber')}</Table.Th>
            <Table.Th>{t('members.department')}</Table.Th>
            <Table.Th>{t('members.teams')}</Table.Th>
            <Table.Th>{t('members.roles')}</Table.Th>
            <Table.Th>{t('members.status')}</Table.Th>
            <Table.Th>
              <Text span size="sm" fw={700}>
                {t('common.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.members.map((member) => {
            const isSelf = member.id === props.currentMemberId;
            return (
              <Table.Tr key={member.id} data-testid="member-row" opacity={member.active ? 1 : 0.6}>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {member.displayName}
                      </Text>
                      {isSelf ? (
                        <Badge size="xs" variant="outline">
                          {t('members.you')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {member.nameReading}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {member.email}
                    </Text>
                    {member.employeeNumber ? (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('members.employeeNumber')}: {member.employeeNumber}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{departmentLabel(member.department) ?? '—'}</Text>
                </Table.Td>
                <Table.Td maw={220}>
                  <Text size="sm">{member.teams.map((team) => team.name).join('、') || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} miw={90}>
                    {sortRoles(member.roles).map((role) => (
                      <Badge
                        key={role}
                        size="sm"
                        variant="light"
                        color={role === 'ADMIN' ? 'grape' : undefined}
                      >
                        {t(`roles.${role}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="dot" color={member.active ? 'jade' : 'gray'}>
                    {member.active ? t('members.active') : t('members.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal shadow="md">
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('members.rowActions', { name: member.displayName })}
                      >
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconPencil size={16} />}
                        onClick={() => props.onAction('edit', member)}
                      >
                        {t('members.edit')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconKey size={16} />}
                        disabled={!member.active}
                        onClick={() => props.onAction('resetPassword', member)}
                      >
                        {t('members.resetPassword')}
                      </Menu.Item>
                      {member.active ? (
                        <Menu.Item
                          color="red"
                          leftSection={<IconUserOff size={16} />}
                          disabled={isSelf}
                          onClick={() => props.onAction('deactivate', member)}
                        >
                          {t('members.deactivate')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          leftSection={<IconUserCheck size={16} />}
                          onClick={() => props.onAction('reactivate', member)}
                        >
                          {t('members.reactivate')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
