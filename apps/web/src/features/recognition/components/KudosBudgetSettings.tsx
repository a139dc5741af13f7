import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateRecognitionSettingsDocument } from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { parseMonthlyBudget } from '../lib/recognition-values';

const FIELDS = ['monthlyKudosBudget'] as const;

/** Admin: how many kudos each member may give per calendar month. */
export function KudosBudgetSettings({ budget }: { budget: number }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const [value, setValue] = useState<number | string>(budget);
  const [error, setError] = useState<ApiError | null>(null);
  const [localError, setLocalError] = useState(false);
  const [save, saving] = useMutation(UpdateRecognitionSettingsDocument, {
    refetchQueries: ['MyKudosBudget'],
  });
  const { byField, other } = splitFieldErrors(error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const parsed = parseMonthlyBudget(value);
    setLocalError(parsed === null);
    if (parsed === null) return;
    void save({ variables: { monthlyKudosBudget: parsed } })
      .then(() => toast.show('success', t('recognition.budget.saved')))
      .catch((caught: unknown) => setError(toApiError(caught)));
  };

  const fieldError = localError
    ? t('fieldErrors.kudos.invalidBudget')
    : byField.monthlyKudosBudget
      ? fieldText(byField.monthlyKudosBudget)
      : undefined;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="kudos-budget">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="kudos-budget">
            {t('recognition.budget.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('recognition.budget.intro')}
          </Text>
          <Group gap="xs" align="flex-start">
            <NumberInput
              label={t('recognition.budget.label')}
              value={value}
              onChange={setValue}
              min={1}
              max={1000}
              allowDecimal={false}
              w={200}
              error={fieldError}
            />
            <Button type="submit" loading={saving.loading} mt={25}>
              {t('common.save')}
            </Button>
          </Group>
          {error && (other.length > 0 || !byField.monthlyKudosBudget) ? (
            <ErrorAlert error={error} unplacedFields={other} />
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
