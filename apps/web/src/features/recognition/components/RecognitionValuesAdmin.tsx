import {
  ActionIcon,
  Badge,
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
import {
  IconArchive,
  IconArrowBackUp,
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconPencil,
  IconPlus,
  IconX,
} from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateRecognitionValueDocument,
  RecognitionAdminSettingsDocument,
  RenameRecognitionValueDocument,
  ReorderRecognitionValuesDocument,
  SetRecognitionValueArchivedDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { type AdminValue, moveValue, optionalLabel, splitValues } from '../lib/recognition-values';

const LABEL_FIELDS = ['label', 'labelEn'] as const;
const MAX_LABEL = 30;
// Every list that offers values (the kudos dialog too) reads them again after a change.
const REFETCH = [RecognitionAdminSettingsDocument, 'RecognitionValues'];

/** Both label inputs with the API's per-field errors; shared by the add and rename forms. */
function LabelInputs(props: {
  label: string;
  labelEn: string;
  onLabel: (value: string) => void;
  onLabelEn: (value: string) => void;
  error: ApiError | null;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { fieldText } = useErrorText();
  const { byField } = splitFieldErrors(props.error, LABEL_FIELDS);
  return (
    <>
      <TextInput
        label={t('recognition.values.label')}
        value={props.label}
        onChange={(event) => props.onLabel(event.currentTarget.value)}
        maxLength={MAX_LABEL}
        required
        autoFocus={props.autoFocus}
        error={byField.label ? fieldText(byField.label) : undefined}
        style={{ flex: '1 1 180px' }}
      />
      <TextInput
        label={t('recognition.values.labelEn')}
        description={t('common.optional')}
        value={props.labelEn}
        onChange={(event) => props.onLabelEn(event.currentTarget.value)}
        maxLength={MAX_LABEL}
        error={byField.labelEn ? fieldText(byField.labelEn) : undefined}
        style={{ flex: '1 1 180px' }}
      />
    </>
  );
}

function unplaced(error: ApiError | null) {
  if (!error) return null;
  const { other } = splitFieldErrors(error, LABEL_FIELDS);
  const placed = error.kind === 'graphql' && error.fields.length > 0 && other.length === 0;
  return placed ? null : <ErrorAlert error={error} unplacedFields={other} />;
}

function ValueRow(props: {
  value: AdminValue;
  values: readonly AdminValue[];
  onError: (error: ApiError | null) => void;
}) {
  const { value, values } = props;
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(value.label);
  const [labelEn, setLabelEn] = useState(value.labelEn ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [rename, renaming] = useMutation(RenameRecognitionValueDocument);
  const [archive, archiving] = useMutation(SetRecognitionValueArchivedDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [reorder, reordering] = useMutation(ReorderRecognitionValuesDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const up = moveValue(values, value.id, -1);
  const down = moveValue(values, value.id, 1);

  const run = (promise: Promise<unknown>, done: string) => {
    props.onError(null);
    void promise
      .then(() => toast.show('success', done))
      .catch((caught: unknown) => props.onError(toApiError(caught)));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    void rename({ variables: { id: value.id, label, labelEn: optionalLabel(labelEn) } })
      .then(() => {
        setEditing(false);
        toast.show('success', t('recognition.values.renamed'));
      })
      .catch((caught: unknown) => setError(toApiError(caught)));
  };

  if (editing) {
    return (
      <Card withBorder radius="md" padding="sm" component="li" data-testid="value-row">
        <form onSubmit={save}>
          <Stack gap="xs">
            <Group gap="xs" align="flex-start" wrap="wrap">
              <LabelInputs
                label={label}
                labelEn={labelEn}
                onLabel={setLabel}
                onLabelEn={setLabelEn}
                error={error}
                autoFocus
              />
            </Group>
            {unplaced(error)}
            <Group gap="xs" justify="flex-end">
              <Button
                variant="default"
                leftSection={<IconX size={16} />}
                onClick={() => {
                  setEditing(false);
                  setLabel(value.label);
                  setLabelEn(value.labelEn ?? '');
                  setError(null);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={renaming.loading}
                leftSection={<IconCheck size={16} />}
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    );
  }

  const name = value.label;
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      component="li"
      data-testid="value-row"
      data-archived={value.archived}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap="xs" style={{ minWidth: 0 }}>
          <Text
            fw={600}
            c={value.archived ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {value.label}
          </Text>
          {value.labelEn ? (
            <Text size="sm" c="dimmed">
              {value.labelEn}
            </Text>
          ) : null}
          {value.archived ? (
            <Badge variant="light" color="gray">
              {t('recognition.values.archivedBadge')}
            </Badge>
          ) : null}
        </Group>
        <Group gap={4} wrap="nowrap">
          {!value.archived ? (
            <>
              <Tooltip label={t('recognition.values.moveUp')}>
                <ActionIcon
                  variant="subtle"
                  disabled={!up || reordering.loading}
                  onClick={() =>
                    up &&
                    run(reorder({ variables: { ids: up } }), t('recognition.values.reordered'))
                  }
                  aria-label={t('recognition.values.moveUpNamed', { name })}
                >
                  <IconArrowUp size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('recognition.values.moveDown')}>
                <ActionIcon
                  variant="subtle"
                  disabled={!down || reordering.loading}
                  onClick={() =>
                    down &&
                    run(reorder({ variables: { ids: down } }), t('recognition.values.reordered'))
                  }
                  aria-label={t('recognition.values.moveDownNamed', { name })}
                >
                  <IconArrowDown size={18} />
                </ActionIcon>
              </Tooltip>
            </>
          ) : null}
          <Tooltip label={t('recognition.values.rename')}>
            <ActionIcon
              variant="subtle"
              onClick={() => setEditing(true)}
              aria-label={t('recognition.values.renameNamed', { name })}
            >
              <IconPencil size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip
            label={
              value.archived ? t('recognition.values.unarchive') : t('recognition.values.archive')
            }
          >
            <ActionIcon
              variant="subtle"
              color={value.archived ? 'jade' : 'gray'}
              loading={archiving.loading}
              onClick={() =>
                run(
                  archive({ variables: { id: value.id, archived: !value.archived } }),
                  value.archived
                    ? t('recognition.values.unarchived')
                    : t('recognition.values.archived'),
                )
              }
              aria-label={
                value.archived
                  ? t('recognition.values.unarchiveNamed', { name })
                  : t('recognition.values.archiveNamed', { name })
              }
            >
              {value.archived ? <IconArrowBackUp size={18} /> : <IconArchive size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Card>
  );
}

/** Admin: the organization's values (価値観) kudos are given for — add, rename, archive, order. */
export function RecognitionValuesAdmin({ values }: { values: readonly AdminValue[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [label, setLabel] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [addError, setAddError] = useState<ApiError | null>(null);
  const [rowError, setRowError] = useState<ApiError | null>(null);
  const [create, creating] = useMutation(CreateRecognitionValueDocument, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const { active, archived } = splitValues(values);

  const add = (event: FormEvent) => {
    event.preventDefault();
    setAddError(null);
    void create({ variables: { label, labelEn: optionalLabel(labelEn) } })
      .then(() => {
        setLabel('');
        setLabelEn('');
        toast.show('success', t('recognition.values.added'));
      })
      .catch((caught: unknown) => setAddError(toApiError(caught)));
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="value-add">
        <form onSubmit={add} noValidate>
          <Stack gap="sm">
            <Title order={2} fz="lg" id="value-add">
              {t('recognition.values.addHeading')}
            </Title>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <LabelInputs
                label={label}
                labelEn={labelEn}
                onLabel={setLabel}
                onLabelEn={setLabelEn}
                error={addError}
              />
            </Group>
            {unplaced(addError)}
            <Group>
              <Button type="submit" leftSection={<IconPlus size={16} />} loading={creating.loading}>
                {t('recognition.values.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="value-list">
        <Title order={2} fz="lg" id="value-list">
          {t('recognition.values.listHeading', { n: active.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('recognition.values.listHint')}
        </Text>
        {rowError ? <ErrorAlert error={rowError} /> : null}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {[...active, ...archived].map((value) => (
            <ValueRow
              key={`${value.id}:${value.label}:${value.labelEn ?? ''}`}
              value={value}
              values={values}
              onError={setRowError}
            />
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}
