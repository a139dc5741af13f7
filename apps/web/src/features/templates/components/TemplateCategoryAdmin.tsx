import {
  ActionIcon,
  Button,
  Card,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconPencil, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateTemplateCategoryDocument,
  DeleteTemplateCategoryDocument,
  RenameTemplateCategoryDocument,
  TemplateCategoriesDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { LocalErrorAlert } from './LocalErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { useLocalFieldText } from '../hooks/useLocalFieldText';
import { useTemplateCategories } from '../hooks/useTemplateCategories';

type Category = { id: string; name: string; sortOrder: number };

function firstFieldError(error: ApiError | null) {
  return error && error.kind === 'graphql' && error.code === 'BAD_USER_INPUT'
    ? (error.fields[0] ?? null)
    : null;
}

function CategoryRow(props: { category: Category; onDelete: (category: Category) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const fieldText = useLocalFieldText('templates');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(props.category.name);
  const [error, setError] = useState<ApiError | null>(null);
  const [rename, { loading }] = useMutation(RenameTemplateCategoryDocument);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await rename({ variables: { id: props.category.id, name } });
      setEditing(false);
      toast.show('success', t('templates.categories.renamed'));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const fieldError = firstFieldError(error);
  return (
    <Card withBorder radius="md" padding="sm" component="li" data-testid="category-row">
      {editing ? (
        <form onSubmit={(event) => void save(event)}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              aria-label={t('templates.categories.nameLabel')}
              error={fieldError ? fieldText(fieldError) : undefined}
              maxLength={50}
              autoFocus
              style={{ flex: 1 }}
            />
            <ActionIcon type="submit" size="lg" loading={loading} aria-label={t('common.save')}>
              <IconCheck size={18} />
            </ActionIcon>
            <ActionIcon
              size="lg"
              variant="default"
              onClick={() => {
                setEditing(false);
                setName(props.category.name);
                setError(null);
              }}
              aria-label={t('common.cancel')}
            >
              <IconX size={18} />
            </ActionIcon>
          </Group>
          {error && !fieldError ? <LocalErrorAlert error={error} section="templates" /> : null}
        </form>
      ) : (
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {props.category.name}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('templates.categories.rename')}>
              <ActionIcon
                variant="subtle"
                onClick={() => setEditing(true)}
                aria-label={t('templates.categories.renameNamed', { name: props.category.name })}
              >
                <IconPencil size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('common.delete')}>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => props.onDelete(props.category)}
                aria-label={t('templates.categories.deleteNamed', { name: props.category.name })}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      )}
    </Card>
  );
}

/** Admin: the organization's template categories — add, rename, delete (when unused). */
export function TemplateCategoryAdmin() {
  const { t } = useTranslation();
  const toast = useToast();
  const fieldText = useLocalFieldText('templates');
  const { categories, loaded, error: loadError } = useTemplateCategories();
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<ApiError | null>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const [create, createState] = useMutation(CreateTemplateCategoryDocument, {
    refetchQueries: [TemplateCategoriesDocument],
    awaitRefetchQueries: true,
  });
  const [remove, removeState] = useMutation(DeleteTemplateCategoryDocument, {
    refetchQueries: [TemplateCategoriesDocument],
    awaitRefetchQueries: true,
  });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setAddError(null);
    try {
      await create({ variables: { name } });
      setName('');
      toast.show('success', t('templates.categories.added'));
    } catch (caught) {
      setAddError(toApiError(caught));
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await remove({ variables: { id: deleting.id } });
      setDeleting(null);
      toast.show('success', t('templates.categories.deleted'));
    } catch (caught) {
      setDeleteError(toApiError(caught));
    }
  };

  const addFieldError = firstFieldError(addError);
  return (
    <Stack gap="lg" maw={720}>
      <Card
        withBorder
        radius="lg"
        padding="lg"
        component="section"
        aria-labelledby="category-add-heading"
      >
        <form onSubmit={(event) => void add(event)}>
          <Stack gap="sm">
            <Title order={2} fz="lg" id="category-add-heading">
              {t('templates.categories.addHeading')}
            </Title>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <TextInput
                label={t('templates.categories.nameLabel')}
                placeholder={t('templates.categories.namePlaceholder')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={addFieldError ? fieldText(addFieldError) : undefined}
                maxLength={50}
                required
                style={{ flex: '1 1 240px' }}
              />
              <Button
                type="submit"
                leftSection={<IconPlus size={16} />}
                loading={createState.loading}
                mt={{ base: 0, xs: 25 }}
              >
                {t('common.add')}
              </Button>
            </Group>
            {addError && !addFieldError ? (
              <LocalErrorAlert error={addError} section="templates" />
            ) : null}
          </Stack>
        </form>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="category-list-heading">
        <Title order={2} fz="lg" id="category-list-heading">
          {t('templates.categories.listHeading', { n: categories.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('templates.categories.listHint')}
        </Text>
        {loadError ? <LocalErrorAlert error={toApiError(loadError)} section="templates" /> : null}
        {!loaded ? (
          loadError ? null : (
            <Text size="sm" c="dimmed" role="status">
              {t('app.loading')}
            </Text>
          )
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {categories.map((category) => (
              <CategoryRow
                key={category.id}
                category={category}
                onDelete={(target) => {
                  setDeleteError(null);
                  setDeleting(target);
                }}
              />
            ))}
          </Stack>
        )}
      </Stack>

      <ConfirmDialog
        opened={deleting !== null}
        title={t('templates.categories.deleteTitle')}
        message={t('templates.categories.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={removeState.loading}
        error={deleteError ? <LocalErrorAlert error={deleteError} section="templates" /> : null}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
