import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateMemberDocument,
  type MemberListFieldsFragment,
  type Role,
  UpdateMemberDocument,
} from '../../../generated/graphql';
import { type ApiError, type ApiFieldError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { ROLE_VALUES } from '../../../shared/lib/roles';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useMemberFormOptions } from '../hooks/useMemberFormOptions';
import {
  EMPTY_MEMBER_FORM,
  MEMBER_FORM_FIELDS,
  type MemberFormField,
  type MemberFormValues,
  memberToFormValues,
  missingRequiredFields,
  toCreateMemberInput,
  toUpdateMemberInput,
} from '../member-form';
import type { TemporaryPassword } from './TemporaryPasswordModal';

export type MemberFormTarget =
  { mode: 'create' } | { mode: 'edit'; member: MemberListFieldsFragment };

export function MemberFormModal(props: {
  target: MemberFormTarget | null;
  onClose: () => void;
  onCreated: (result: TemporaryPassword) => void;
  onUpdated: (member: MemberListFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const { target } = props;
  return (
    <Modal
      opened={target !== null}
      onClose={props.onClose}
      title={target?.mode === 'edit' ? t('members.editTitle') : t('members.createTitle')}
      size="lg"
      centered
    >
      {target ? <MemberForm {...props} target={target} /> : null}
    </Modal>
  );
}

const NONE = '__none__';

function MemberForm(props: {
  target: MemberFormTarget;
  onClose: () => void;
  onCreated: (result: TemporaryPassword) => void;
  onUpdated: (member: MemberListFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const { fieldText } = useErrorText();
  const options = useMemberFormOptions();
  const initial =
    props.target.mode === 'edit' ? memberToFormValues(props.target.member) : EMPTY_MEMBER_FORM;
  const [values, setValues] = useState<MemberFormValues>(initial);
  const [missing, setMissing] = useState<MemberFormField[]>([]);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<MemberFormField, ApiFieldError>>>(
    {},
  );
  const [unplaced, setUnplaced] = useState<ApiFieldError[]>([]);
  const [createMember, { loading: creating }] = useMutation(CreateMemberDocument, {
    refetchQueries: ['Members', 'Structure'],
  });
  const [updateMember, { loading: updating }] = useMutation(UpdateMemberDocument, {
    refetchQueries: ['Structure'],
  });

  const set = <K extends keyof MemberFormValues>(key: K, value: MemberFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const requiredMessage: Partial<Record<MemberFormField, string>> = {
    email: t('fieldErrors.email.required'),
    displayName: t('fieldErrors.displayName.required'),
    nameReading: t('fieldErrors.nameReading.required'),
    roles: t('fieldErrors.roles.required'),
  };
  const errorFor = (field: MemberFormField): string | undefined => {
    if (missing.includes(field)) return requiredMessage[field];
    const fieldError = fieldErrors[field];
    return fieldError ? fieldText(fieldError) : undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setFieldErrors({});
    setUnplaced([]);
    const missingNow = missingRequiredFields(values);
    setMissing(missingNow);
    if (missingNow.length > 0) return;
    try {
      if (props.target.mode === 'create') {
        const { data } = await createMember({ variables: { input: toCreateMemberInput(values) } });
        if (data) {
          const { member, temporaryPassword } = data.createMember;
          props.onCreated({
            name: member.displayName,
            email: member.email,
            password: temporaryPassword,
          });
        }
      } else {
        const input = toUpdateMemberInput(initial, values);
        if (Object.keys(input).length === 0) {
          props.onClose();
          return;
        }
        const { data } = await updateMember({ variables: { id: props.target.member.id, input } });
        if (data) props.onUpdated(data.updateMember);
      }
    } catch (error) {
      const parsed = toApiError(error);
      const { byField, other } = splitFieldErrors(parsed, MEMBER_FORM_FIELDS);
      setFieldErrors(byField);
      setUnplaced(other);
      setApiError(parsed);
    }
  };

  const roleOptions = ROLE_VALUES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const localeOptions = [
    ...(props.target.mode === 'create'
      ? [{ value: NONE, label: t('members.localeOrganizationDefault') }]
      : []),
    { value: 'JA', label: t('language.ja') },
    { value: 'EN', label: t('language.en') },
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <ErrorAlert error={apiError} unplacedFields={unplaced} />
        <TextInput
          label={t('members.email')}
          type="email"
          required
          data-autofocus
          autoComplete="off"
          value={values.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={errorFor('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('members.displayName')}
            placeholder={t('members.displayNamePlaceholder')}
            required
            value={values.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
            error={errorFor('displayName')}
          />
          <TextInput
            label={t('members.nameReading')}
            placeholder={t('members.nameReadingPlaceholder')}
            description={t('members.nameReadingHint')}
            required
            value={values.nameReading}
            onChange={(event) => set('nameReading', event.currentTarget.value)}
            error={errorFor('nameReading')}
          />
          <TextInput
            label={t('members.employeeNumber')}
            value={values.employeeNumber}
            onChange={(event) => set('employeeNumber', event.currentTarget.value)}
            error={errorFor('employeeNumber')}
          />
          <TextInput
            label={t('members.joinedOn')}
            type="date"
            value={values.joinedOn}
            onChange={(event) => set('joinedOn', event.currentTarget.value)}
            error={errorFor('joinedOn')}
          />
          <Select
            label={t('members.department')}
            data={[{ value: NONE, label: t('common.none') }, ...options.departments]}
            value={values.departmentId ?? NONE}
            onChange={(value) => set('departmentId', !value || value === NONE ? null : value)}
            allowDeselect={false}
            searchable
            error={errorFor('departmentId')}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            label={t('members.teams')}
            data={options.teams}
            value={values.teamIds}
            onChange={(value) => set('teamIds', value)}
            searchable
            clearable
            error={errorFor('teamIds')}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            label={t('members.roles')}
            data={roleOptions}
            value={values.roles}
            onChange={(value) =>
              set(
                'roles',
                ROLE_VALUES.filter((role): role is Role => value.includes(role)),
              )
            }
            required
            error={errorFor('roles')}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('members.locale')}
            data={localeOptions}
            value={values.locale ?? NONE}
            onChange={(value) => set('locale', value === 'JA' || value === 'EN' ? value : null)}
            allowDeselect={false}
            error={errorFor('locale')}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating || updating}>
            {props.target.mode === 'create' ? t('members.create') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
