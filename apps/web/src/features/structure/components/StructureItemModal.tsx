import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, type ApiFieldError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';

export type StructureItemValues = { name: string; parentId: string | null };

/** Name + "belongs to" form shared by departments (parent) and teams (department). */
export function StructureItemModal(props: {
  opened: boolean;
  title: string;
  nameLabel: string;
  parentLabel: string;
  parentNoneLabel: string;
  parentOptions: { value: string; label: string }[];
  parentField: 'parentId' | 'departmentId';
  parentDisabledReason?: string;
  initial: StructureItemValues;
  submitLabel: string;
  onSubmit: (values: StructureItemValues) => Promise<void>;
  onClose: () => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      {props.opened ? <StructureItemForm {...props} /> : null}
    </Modal>
  );
}

function StructureItemForm(props: Parameters<typeof StructureItemModal>[0]) {
  const { t } = useTranslation();
  const { fieldText } = useErrorText();
  const [name, setName] = useState(props.initial.name);
  const [parentId, setParentId] = useState<string | null>(props.initial.parentId);
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ name?: ApiFieldError; parent?: ApiFieldError }>(
    {},
  );
  const [unplaced, setUnplaced] = useState<ApiFieldError[]>([]);
  const [nameMissing, setNameMissing] = useState(false);
  const NONE = '__none__';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setFieldErrors({});
    setUnplaced([]);
    setNameMissing(!name.trim());
    if (!name.trim()) return;
    setSaving(true);
    try {
      await props.onSubmit({ name: name.trim(), parentId });
    } catch (error) {
      const parsed = toApiError(error);
      const { byField, other } = splitFieldErrors(parsed, ['name', props.parentField] as const);
      setFieldErrors({ name: byField.name, parent: byField[props.parentField] });
      setUnplaced(other);
      setApiError(parsed);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <ErrorAlert error={apiError} unplacedFields={unplaced} />
        <TextInput
          label={props.nameLabel}
          required
          data-autofocus
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.currentTarget.value)}
          error={
            nameMissing
              ? t('fieldErrors.name.required')
              : fieldErrors.name
                ? fieldText(fieldErrors.name)
                : undefined
          }
        />
        <Select
          label={props.parentLabel}
          data={[{ value: NONE, label: props.parentNoneLabel }, ...props.parentOptions]}
          value={parentId ?? NONE}
          onChange={(value) => setParentId(!value || value === NONE ? null : value)}
          allowDeselect={false}
          disabled={Boolean(props.parentDisabledReason)}
          description={props.parentDisabledReason}
          error={fieldErrors.parent ? fieldText(fieldErrors.parent) : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
