import { Button, Card, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Locale,
  type OrganizationSettingsQuery,
  UpdateOrganizationDocument,
} from '../../../generated/graphql';
import { type ApiError, type ApiFieldError, toApiError } from '../../../shared/lib/api-error';
import { monthName } from '../../../shared/lib/dates';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { COMMON_TIME_ZONES } from '../time-zones';

type Organization = OrganizationSettingsQuery['organization'];
const FIELDS = ['name', 'timeZone', 'fiscalYearStartMonth', 'locale'] as const;
type Field = (typeof FIELDS)[number];

export function OrganizationSettingsForm({ organization }: { organization: Organization }) {
  const { t, i18n } = useTranslation();
  const { fieldText } = useErrorText();
  const toast = useToast();
  const [updateOrganization, { loading }] = useMutation(UpdateOrganizationDocument);
  const [name, setName] = useState(organization.name);
  const [timeZone, setTimeZone] = useState(organization.timeZone);
  const [fiscalYearStartMonth, setFiscalYearStartMonth] = useState(
    String(organization.fiscalYearStartMonth),
  );
  const [locale, setLocale] = useState<Locale>(organization.locale);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, ApiFieldError>>>({});
  const [unplaced, setUnplaced] = useState<ApiFieldError[]>([]);
  const [nameRequired, setNameRequired] = useState(false);

  const timeZoneOptions = useMemo(() => {
    const zones = COMMON_TIME_ZONES.includes(organization.timeZone)
      ? COMMON_TIME_ZONES
      : [organization.timeZone, ...COMMON_TIME_ZONES];
    return zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
  }, [organization.timeZone]);

  const monthOptions = useMemo(
    () =>
      Array.from({ length: 12 }, (_, index) => ({
        value: String(index + 1),
        label: monthName(index + 1, i18n.language),
      })),
    [i18n.language],
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setFieldErrors({});
    setUnplaced([]);
    setNameRequired(!name.trim());
    if (!name.trim()) return;
    try {
      await updateOrganization({
        variables: {
          input: {
            name: name.trim(),
            timeZone,
            fiscalYearStartMonth: Number(fiscalYearStartMonth),
            locale,
          },
        },
      });
      toast.show('success', t('organization.saved'));
    } catch (error) {
      const parsed = toApiError(error);
      const { byField, other } = splitFieldErrors(parsed, FIELDS);
      setFieldErrors(byField);
      setUnplaced(other);
      setApiError(parsed);
    }
  };

  const errorFor = (field: Field) => {
    const fieldError = fieldErrors[field];
    return fieldError ? fieldText(fieldError) : undefined;
  };

  return (
    <Card withBorder radius="lg" padding="lg" maw={640}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <ErrorAlert error={apiError} unplacedFields={unplaced} />
          <TextInput
            label={t('organization.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameRequired ? t('fieldErrors.name.required') : errorFor('name')}
            maxLength={100}
          />
          <Select
            label={t('organization.timeZone')}
            data={timeZoneOptions}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            searchable
            allowDeselect={false}
            error={errorFor('timeZone')}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('organization.fiscalYearStartMonth')}
            description={t('organization.fiscalYearHint')}
            data={monthOptions}
            value={fiscalYearStartMonth}
            onChange={(value) => value && setFiscalYearStartMonth(value)}
            allowDeselect={false}
            error={errorFor('fiscalYearStartMonth')}
          />
          <Select
            label={t('organization.locale')}
            description={t('organization.localeHint')}
            data={[
              { value: 'JA', label: t('language.ja') },
              { value: 'EN', label: t('language.en') },
            ]}
            value={locale}
            onChange={(value) => (value === 'JA' || value === 'EN') && setLocale(value)}
            allowDeselect={false}
            error={errorFor('locale')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
