import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDocument } from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { PasswordField } from '../../../shared/ui/PasswordField';

const MIN_PASSWORD_LENGTH = 12;
type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
// The API may name the new password `newPassword` or `password`.
const API_FIELDS = ['currentPassword', 'newPassword', 'password'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { fieldText } = useErrorText();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [unplaced, setUnplaced] = useState<ReturnType<typeof splitFieldErrors>['other']>([]);
  const [done, setDone] = useState(false);

  const update = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
    setDone(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setUnplaced([]);
    const local: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) local.currentPassword = t('fieldErrors.currentPassword.required');
    if (Array.from(values.newPassword).length < MIN_PASSWORD_LENGTH) {
      local.newPassword = t('fieldErrors.password.tooShort');
    }
    if (values.confirmPassword !== values.newPassword)
      local.confirmPassword = t('fieldErrors.password.mismatch');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      setDone(true);
    } catch (error) {
      const parsed = toApiError(error);
      if (
        parsed.kind === 'graphql' &&
        (parsed.code === 'UNAUTHENTICATED' || parsed.code === 'FORBIDDEN')
      ) {
        // The session is re-checked globally; if it is still valid the current password was wrong.
        setErrors({ currentPassword: t('fieldErrors.currentPassword.incorrect') });
        return;
      }
      const { byField, other } = splitFieldErrors(parsed, API_FIELDS);
      const newPasswordError = byField.newPassword ?? byField.password;
      setErrors({
        currentPassword: byField.currentPassword ? fieldText(byField.currentPassword) : undefined,
        newPassword: newPasswordError ? fieldText(newPasswordError) : undefined,
      });
      setUnplaced(other);
      const placed = Boolean(byField.currentPassword || newPasswordError);
      setApiError(placed && other.length === 0 ? null : parsed);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="password-heading">
      <Stack gap="md" maw={440}>
        <Alert
          variant="light"
          color="gray"
          icon={<IconInfoCircle size={18} />}
          id="password-policy"
        >
          <Text size="sm">{t('password.policy')}</Text>
        </Alert>
        {done ? (
          <Alert variant="light" color="jade" icon={<IconCheck size={18} />} role="status">
            {t('password.success')}
          </Alert>
        ) : null}
        <ErrorAlert error={apiError} unplacedFields={unplaced} />
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={update('currentPassword')}
          error={errors.currentPassword}
        />
        <PasswordField
          label={t('password.new')}
          autoComplete="new-password"
          required
          value={values.newPassword}
          onChange={update('newPassword')}
          error={errors.newPassword}
          aria-describedby="password-policy"
        />
        <PasswordField
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          value={values.confirmPassword}
          onChange={update('confirmPassword')}
          error={errors.confirmPassword}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
