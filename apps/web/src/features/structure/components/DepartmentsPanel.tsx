import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateDepartmentDocument,
  DeleteDepartmentDocument,
  UpdateDepartmentDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { buildDepartmentTree } from '../department-tree';
import type { StructureDepartment } from '../hooks/useStructure';
import { StructureItemModal, type StructureItemValues } from './StructureItemModal';

const REFETCH = ['Structure', 'MemberFormOptions'];

type Editing = { mode: 'create' } | { mode: 'edit'; department: StructureDepartment };

export function DepartmentsPanel({ departments }: { departments: StructureDepartment[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<StructureDepartment | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const [createDepartment] = useMutation(CreateDepartmentDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [updateDepartment] = useMutation(UpdateDepartmentDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [deleteDepartment, { loading: deletingNow }] = useMutation(DeleteDepartmentDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });

  const tree = buildDepartmentTree(departments);
  const editingId = editing?.mode === 'edit' ? editing.department.id : null;
  const editingHasChildren = editingId ? departments.some((d) => d.parentId === editingId) : false;
  const parentOptions = tree
    .map((node) => node.department)
    .filter((department) => department.id !== editingId)
    .map((department) => ({ value: department.id, label: department.name }));

  const save = async (values: StructureItemValues) => {
    const input = { name: values.name, parentId: values.parentId };
    if (editing?.mode === 'edit') {
      await updateDepartment({ variables: { id: editing.department.id, input } });
      toast.show('success', t('common.saved'));
    } else {
      await createDepartment({ variables: { input } });
      toast.show('success', t('structure.departmentCreated', { name: values.name }));
    }
    setEditing(null);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await deleteDepartment({ variables: { id: deleting.id } });
      toast.show('success', t('structure.deleted', { name: deleting.name }));
      setDeleting(null);
    } catch (error) {
      setDeleteError(toApiError(error));
    }
  };

  const row = (department: StructureDepartment, nested: boolean) => (
    <Group
      key={department.id}
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      pl={nested ? 'lg' : 0}
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-testid="department-row"
    >
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        {nested ? (
          <Text c="dimmed" aria-hidden="true">
            └
          </Text>
        ) : null}
        <Text fw={nested ? 400 : 600} truncate>
          {department.name}
        </Text>
        <Badge
          variant="light"
          color="gray"
          style={{ flexShrink: 0 }}
          title={t('structure.memberCount')}
        >
          {t('common.people', { n: department.memberCount })}
        </Badge>
      </Group>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          aria-label={t('structure.editAction', { name: department.name })}
          onClick={() => setEditing({ mode: 'edit', department })}
        >
          <IconPencil size={18} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('structure.deleteAction', { name: department.name })}
          onClick={() => {
            setDeleteError(null);
            setDeleting(department);
          }}
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Group>
    </Group>
  );

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {t('structure.departments')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ mode: 'create' })}
          >
            {t('structure.addDepartment')}
          </Button>
        </Group>
        {tree.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('structure.noDepartments')}
          </Text>
        ) : (
          <Stack gap={0}>
            {tree.flatMap((node) => [
              row(node.department, false),
              ...node.children.map((child) => row(child, true)),
            ])}
          </Stack>
        )}
      </Stack>

      <StructureItemModal
        opened={editing !== null}
        title={
          editing?.mode === 'edit' ? t('structure.editDepartment') : t('structure.addDepartment')
        }
        nameLabel={t('structure.departmentName')}
        parentLabel={t('structure.parentDepartment')}
        parentNoneLabel={t('structure.noParent')}
        parentOptions={parentOptions}
        parentField="parentId"
        parentDisabledReason={editingHasChildren ? t('structure.departmentHasChildren') : undefined}
        initial={
          editing?.mode === 'edit'
            ? { name: editing.department.name, parentId: editing.department.parentId }
            : { name: '', parentId: null }
        }
        submitLabel={editing?.mode === 'edit' ? t('common.save') : t('common.add')}
        onSubmit={save}
        onClose={() => setEditing(null)}
      />

      <ConfirmDialog
        opened={deleting !== null}
        title={t('structure.deleteDepartment')}
        message={t('structure.deleteDepartmentConfirm', { name: deleting?.name ?? '' })}
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
