import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateEvaluationPeriodDocument,
  EvaluationPeriodsDocument,
  type EvaluationPeriodFieldsFragment,
  type EvaluationPeriodsQuery,
  LockEvaluationPeriodDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { formatIsoDate } from '../../../shared/lib/dates';
import { onlyPlacedErrors, splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';

type Mode = 'preset' | 'custom';

const FORM_FIELDS = ['presetKey', 'name', 'firstDay', 'lastDay'] as const;

export function PeriodRange({ period }: { period: { firstDay: string; lastDay: string } }) {
  const { i18n } = useTranslation();
  return (
    <>
      {formatIsoDate(period.firstDay, i18n.language)} –{' '}
      {formatIsoDate(period.lastDay, i18n.language)}
    </>
  );
}

export function PeriodStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return status === 'locked' ? (
    <Badge color="gray" variant="light" leftSection={<IconLock size={12} />}>
      {t('hr.periods.locked')}
    </Badge>
  ) : (
    <Badge color="jade" variant="light">
      {t('hr.periods.open')}
    </Badge>
  );
}

/** 評価期間: list, create from a preset or a custom range, lock (reproducible exports). */
export function PeriodsPanel({ data }: { data: EvaluationPeriodsQuery['evaluationPeriods'] }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const [mode, setMode] = useState<Mode>(data.availablePresets.length > 0 ? 'preset' : 'custom');
  const [presetKey, setPresetKey] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const [locking, setLocking] = useState<EvaluationPeriodFieldsFragment | null>(null);
  const [lockError, setLockError] = useState<ApiError | null>(null);
  const refetchQueries = [{ query: EvaluationPeriodsDocument }];
  const [create, createState] = useMutation(CreateEvaluationPeriodDocument, { refetchQueries });
  const [lock, lockState] = useMutation(LockEvaluationPeriodDocument, { refetchQueries });
  const split = splitFieldErrors(createError, FORM_FIELDS);
  const errorOf = (field: (typeof FORM_FIELDS)[number]) => {
    const error = split.byField[field];
    return error ? fieldText(error) : undefined;
  };

  const submit = async () => {
    setCreateError(null);
    const input =
      mode === 'preset'
        ? { presetKey: presetKey ?? '' }
        : { name: name.trim(), firstDay: firstDay.trim(), lastDay: lastDay.trim() };
    try {
      const result = await create({ variables: { input } });
      toast.show(
        'success',
        t('hr.periods.created', { name: result.data?.createEvaluationPeriod.name ?? '' }),
      );
      setPresetKey(null);
      setName('');
      setFirstDay('');
      setLastDay('');
    } catch (caught) {
      setCreateError(toApiError(caught));
    }
  };

  const confirmLock = async () => {
    if (!locking) return;
    setLockError(null);
    try {
      await lock({ variables: { id: locking.id } });
      toast.show('success', t('hr.periods.lockedToast', { name: locking.name }));
      setLocking(null);
    } catch (caught) {
      setLockError(toApiError(caught));
    }
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Title order={2} fz="lg">
              {t('hr.periods.createTitle')}
            </Title>
            <SegmentedControl
              value={mode}
              onChange={(value) => {
                setMode(value as Mode);
                setCreateError(null);
              }}
              data={[
                { value: 'preset', label: t('hr.periods.fromPreset') },
                { value: 'custom', label: t('hr.periods.custom') },
              ]}
              style={{ alignSelf: 'flex-start' }}
            />
            {mode === 'preset' ? (
              data.availablePresets.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('hr.periods.noPresets')}
                </Text>
              ) : (
                <Select
                  label={t('hr.periods.preset')}
                  placeholder={t('hr.periods.presetPlaceholder')}
                  data={data.availablePresets.map((preset) => ({
                    value: preset.key,
                    label: `${preset.name}（${formatIsoDate(preset.firstDay, i18n.language)} – ${formatIsoDate(preset.lastDay, i18n.language)}）`,
                  }))}
                  value={presetKey}
                  onChange={setPresetKey}
                  error={errorOf('presetKey')}
                  maw={480}
                />
              )
            ) : (
              <Group align="flex-start" gap="md" wrap="wrap">
                <TextInput
                  label={t('hr.periods.name')}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  error={errorOf('name')}
                  w={260}
                />
                <TextInput
                  type="date"
                  label={t('hr.periods.firstDay')}
                  value={firstDay}
                  onChange={(event) => setFirstDay(event.currentTarget.value)}
                  error={errorOf('firstDay')}
                />
                <TextInput
                  type="date"
                  label={t('hr.periods.lastDay')}
                  value={lastDay}
                  onChange={(event) => setLastDay(event.currentTarget.value)}
                  error={errorOf('lastDay')}
                />
              </Group>
            )}
            {createError && !onlyPlacedErrors(createError, split.other.length) ? (
              <ErrorAlert error={createError} unplacedFields={split.other} />
            ) : null}
            <Button
              type="submit"
              loading={createState.loading}
              disabled={mode === 'preset' && !presetKey}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('hr.periods.create')}
            </Button>
          </Stack>
        </form>
      </Card>

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('hr.periods.listTitle')}
          </Title>
          {data.periods.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('hr.periods.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="evaluation-periods">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hr.periods.name')}</Table.Th>
                    <Table.Th>{t('hr.periods.range')}</Table.Th>
                    <Table.Th>{t('hr.periods.kind')}</Table.Th>
                    <Table.Th>{t('hr.periods.status')}</Table.Th>
                    <Table.Th>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.periods.map((period) => (
                    <Table.Tr key={period.id} data-testid="evaluation-period-row">
                      <Table.Td fw={600}>{period.name}</Table.Td>
                      <Table.Td>
                        <PeriodRange period={period} />
                      </Table.Td>
                      <Table.Td>
                        {period.kind === 'preset'
                          ? t('hr.periods.kindPreset')
                          : t('hr.periods.kindCustom')}
                      </Table.Td>
                      <Table.Td>
                        <PeriodStatusBadge status={period.status} />
                      </Table.Td>
                      <Table.Td>
                        {period.status === 'locked' ? (
                          <Text size="xs" c="dimmed">
                            {period.lockedAt
                              ? new Date(String(period.lockedAt)).toLocaleString(i18n.language)
                              : null}
                          </Text>
                        ) : (
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconLock size={14} />}
                            onClick={() => {
                              setLockError(null);
                              setLocking(period);
                            }}
                          >
                            {t('hr.periods.lock')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>

      <ConfirmDialog
        opened={locking !== null}
        title={t('hr.periods.lockTitle', { name: locking?.name ?? '' })}
        message={t('hr.periods.lockMessage')}
        confirmLabel={t('hr.periods.lockConfirm')}
        loading={lockState.loading}
        error={lockError ? <ErrorAlert error={lockError} /> : null}
        onConfirm={() => void confirmLock()}
        onClose={() => setLocking(null)}
      />
    </Stack>
  );
}
