import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ApiError, ApiFieldError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useLocalFieldText } from '../hooks/useLocalFieldText';

/**
 * ErrorAlert with this feature's wording for field errors (template and story codes); other
 * errors (network, permission…) as the app shows them everywhere.
 */
export function LocalErrorAlert(props: {
  error: ApiError | null;
  section: 'templates' | 'stories';
  /** For forms: only the field errors no input shows. */
  unplacedFields?: ApiFieldError[];
}) {
  const fieldText = useLocalFieldText(props.section);
  const { error } = props;
  if (!error) return null;
  if (error.kind !== 'graphql' || error.code !== 'BAD_USER_INPUT' || error.fields.length === 0) {
    return <ErrorAlert error={error} />;
  }
  const listed = props.unplacedFields ?? error.fields;
  if (listed.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {listed.length === 1 && listed[0] ? (
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
