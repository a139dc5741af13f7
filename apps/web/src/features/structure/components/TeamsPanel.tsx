import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateTeamDocument,
  DeleteTeamDocument,
  UpdateTeamDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { departmentOptions, departmentPath } from '../department-tree';
import type { StructureDepartment, StructureTeam } from '../hooks/useStructure';
import { StructureItemModal, type StructureItemValues } from './StructureItemModal';

const REFETCH = ['Structure', 'MemberFormOptions'];

type Editing = { mode: 'create' } | { mode: 'edit'; team: StructureTeam };

export function TeamsPanel({
  teams,
  departments,
}: {
  teams: StructureTeam[];
  departments: StructureDepartment[];
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<StructureTeam | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const [createTeam] = useMutation(CreateTeamDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [updateTeam] = useMutation(UpdateTeamDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [deleteTeam, { loading: deletingNow }] = useMutation(DeleteTeamDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });

  const departmentLabel = (id: string | null) => {
    const department = id ? departments.find((candidate) => candidate.id === id) : undefined;
    return department ? departmentPath(department, departments) : t('structure.crossFunctional');
  };

  const save = async (values: StructureItemValues) => {
    const input = { name: values.name, departmentId: values.parentId };
    if (editing?.mode === 'edit') {
      await updateTeam({ variables: { id: editing.team.id, input } });
      toast.show('success', t('common.saved'));
    } else {
      await createTeam({ variables: { input } });
      toast.show('success', t('structure.teamCreated', { name: values.name }));
    }
    setEditing(null);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await deleteTeam({ variables: { id: deleting.id } });
      toast.show('success', t('structure.deleted', { name: deleting.name }));
      setDeleting(null);
    } catch (error) {
      setDeleteError(toApiError(error));
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {t('structure.teams')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ mode: 'create' })}
          >
            {t('structure.addTeam')}
          </Button>
        </Group>
        {teams.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('structure.noTeams')}
          </Text>
        ) : (
          <Stack gap={0}>
            {teams.map((team) => (
              <Group
                key={team.id}
                justify="space-between"
                wrap="nowrap"
                gap="xs"
                py={6}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                data-testid="team-row"
              >
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600} truncate>
                      {team.name}
                    </Text>
                    <Badge
                      variant="light"
                      color="gray"
                      style={{ flexShrink: 0 }}
                      title={t('structure.memberCount')}
                    >
                      {t('common.people', { n: team.memberCount })}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    {departmentLabel(team.departmentId)}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('structure.editAction', { name: team.name })}
                    onClick={() => setEditing({ mode: 'edit', team })}
                  >
                    <IconPencil size={18} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('structure.deleteAction', { name: team.name })}
                    onClick={() => {
                      setDeleteError(null);
                      setDeleting(team);
                    }}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>

      <StructureItemModal
        opened={editing !== null}
        title={editing?.mode === 'edit' ? t('structure.editTeam') : t('structure.addTeam')}
        nameLabel={t('structure.teamName')}
        parentLabel={t('structure.teamDepartment')}
        parentNoneLabel={t('structure.noDepartment')}
        parentOptions={departmentOptions(departments)}
        parentField="departmentId"
        initial={
          editing?.mode === 'edit'
            ? { name: editing.team.name, parentId: editing.team.departmentId }
            : { name: '', parentId: null }
        }
        submitLabel={editing?.mode === 'edit' ? t('common.save') : t('common.add')}
        onSubmit={save}
        onClose={() => setEditing(null)}
      />

      <ConfirmDialog
        opened={deleting !== null}
        title={t('structure.deleteTeam')}
        message={t('structure.deleteTeamConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={deletingNow}
        error={<ErrorAlert error={deleteError} />}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Card>
  );
}
