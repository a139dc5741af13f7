import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiFieldError } from '../lib/api-error';
import { useErrorText } from '../lib/use-error-text';

/**
 * Shows an API error in the user's language. For BAD_USER_INPUT, a form passes the field
 * errors its inputs cannot show as `unplacedFields` (the others appear next to the inputs);
 * without a form every field error is listed here.
 */
export function ErrorAlert(props: { error: ApiError | null; unplacedFields?: ApiFieldError[] }) {
  const { t } = useTranslation();
  const { errorText, fieldText } = useErrorText();
  const { error } = props;
  if (!error) return null;
  const isFieldError =
    error.kind === 'graphql' && error.code === 'BAD_USER_INPUT' && error.fields.length > 0;
  const listed = isFieldError ? (props.unplacedFields ?? error.fields) : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {!isFieldError ? (
        errorText(error)
      ) : listed.length === 0 ? (
        t('errors.badInput')
      ) : listed.length === 1 && listed[0] ? (
        fieldText(listed[0])
      ) : (
        <List size="sm">
          {listed.map((fieldError) => (
            <List.Item key={`${fieldError.field}-${fieldError.code}`}>
              {fieldText(fieldError)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
