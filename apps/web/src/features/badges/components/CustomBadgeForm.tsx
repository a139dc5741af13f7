import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BadgeMetricsDocument, CreateBadgeDocument } from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import {
  type CustomBadgeFieldCode,
  type CustomBadgeFormValues,
  EMPTY_CUSTOM_BADGE,
  isBadgePeriodKey,
  missingBadgeFields,
  periodsFor,
  toCreateBadgeInput,
  withMetric,
} from '../lib/custom-badge-form';

const FIELDS = [
  'nameJa',
  'nameEn',
  'descriptionJa',
  'descriptionEn',
  'metric',
  'period',
  'threshold',
  'points',
] as const;
type Field = (typeof FIELDS)[number];

/** Admin: a badge of the organization's own, from the catalogue's criterion building blocks. */
export function CustomBadgeForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const metrics = useQuery(BadgeMetricsDocument);
  const [values, setValues] = useState<CustomBadgeFormValues>(EMPTY_CUSTOM_BADGE);
  const [missing, setMissing] = useState<CustomBadgeFieldCode[]>([]);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [create, { loading }] = useMutation(CreateBadgeDocument, {
    refetchQueries: ['CustomBadges', 'BadgeCatalog', 'MyBadges'],
    awaitRefetchQueries: true,
  });
  const options = metrics.data?.badgeMetrics ?? [];
  const metric = options.find((option) => option.key === values.metric);
  const split = splitFieldErrors(apiError, FIELDS);
  // Codes come from the API or the local check; their keys are known at run time only.
  const dynamic = t as unknown as (key: string) => string;
  const errorFor = (field: Field) => {
    const local = missing.find((entry) => entry.field === field);
    if (local) return dynamic(`fieldErrors.${local.code}`);
    const error = split.byField[field];
    return error ? fieldText(error) : undefined;
  };
  const set = (patch: Partial<CustomBadgeFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const blank = missingBadgeFields(values);
    setMissing(blank);
    if (blank.length > 0) return;
    void create({ variables: { input: toCreateBadgeInput(values) } })
      .then((result) => {
        toast.show(
          'success',
          t('badges.custom.created', { name: result.data?.createBadge.name ?? '' }),
        );
        setValues(EMPTY_CUSTOM_BADGE);
      })
      .catch((caught: unknown) => setApiError(toApiError(caught)));
  };

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="badge-create">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="lg" id="badge-create">
            {t('badges.custom.createHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('badges.custom.nameJa')}
              value={values.nameJa}
              onChange={(event) => set({ nameJa: event.currentTarget.value })}
              maxLength={60}
              required
              error={errorFor('nameJa')}
            />
            <TextInput
              label={t('badges.custom.nameEn')}
              value={values.nameEn}
              onChange={(event) => set({ nameEn: event.currentTarget.value })}
              maxLength={60}
              required
              error={errorFor('nameEn')}
            />
            <Textarea
              label={t('badges.custom.descriptionJa')}
              description={t('common.optional')}
              value={values.descriptionJa}
              onChange={(event) => set({ descriptionJa: event.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={200}
              error={errorFor('descriptionJa')}
            />
            <Textarea
              label={t('badges.custom.descriptionEn')}
              description={t('common.optional')}
              value={values.descriptionEn}
              onChange={(event) => set({ descriptionEn: event.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={200}
              error={errorFor('descriptionEn')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('badges.custom.metric')}
              placeholder={t('badges.custom.metricPlaceholder')}
              data={options.map((option) => ({ value: option.key, label: option.label }))}
              value={values.metric}
              onChange={(key) =>
                setValues((v) =>
                  withMetric(
                    v,
                    options.find((option) => option.key === key),
                  ),
                )
              }
              searchable
              required
              error={errorFor('metric')}
            />
            <Select
              label={t('badges.custom.period')}
              data={periodsFor(metric).map((period) => ({
                value: period,
                label: t(`badges.periods.${period}`),
              }))}
              value={values.period}
              onChange={(period) => period && isBadgePeriodKey(period) && set({ period })}
              allowDeselect={false}
              error={errorFor('period')}
            />
            <NumberInput
              label={t('badges.custom.threshold')}
              description={
                metric?.yesNo ? t('badges.custom.thresholdYesNo') : t('badges.custom.thresholdHint')
              }
              value={values.threshold}
              onChange={(threshold) => set({ threshold })}
              min={1}
              allowDecimal={false}
              disabled={metric?.yesNo ?? false}
              required
              error={errorFor('threshold')}
            />
            <NumberInput
              label={t('badges.custom.points')}
              description={t('badges.custom.pointsHint')}
              value={values.points}
              onChange={(points) => set({ points })}
              min={0}
              max={1000}
              allowDecimal={false}
              error={errorFor('points')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('badges.custom.note')}
          </Text>
          {apiError &&
          (split.other.length > 0 ||
            apiError.kind !== 'graphql' ||
            apiError.fields.length === 0) ? (
            <ErrorAlert error={apiError} unplacedFields={split.other} />
          ) : null}
          <Group>
            <Button type="submit" loading={loading}>
              {t('badges.custom.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
