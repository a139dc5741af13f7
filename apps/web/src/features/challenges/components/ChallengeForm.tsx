import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ChallengeUnitOptionsDocument,
  CreateChallengeDocument,
  UpdateChallengeDocument,
  type ChallengeMetric,
  type ChallengeScoring,
  type ChallengeUnitType,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { currentMonthDays, toChallengePeriod } from '../lib/challenge-format';

const METRICS = [
  'POINTS',
  'KNOWLEDGE_POSTS',
  'TEMPLATE_REUSES',
  'HOURS_SAVED',
  'ACTIVE_MEMBER_RATE',
] as const satisfies readonly ChallengeMetric[];
const FIELDS = [
  'title',
  'description',
  'metric',
  'target',
  'unitType',
  'unitIds',
  'startsAt',
  'endsAt',
  'scoring',
  'winnerPoints',
] as const;

/** What the edit form starts from: a challenge that has not started yet. */
export type ChallengeFormInitial = {
  id: string;
  title: string;
  description: string;
  metric: ChallengeMetric;
  target: number;
  unitType: ChallengeUnitType;
  unitIds: string[];
  startDay: string;
  lastDay: string;
  scoring: ChallengeScoring;
  winnerPoints: number;
};

/**
 * Admins and ambassadors: a new team challenge (default: this calendar month), or, with
 * `initial`, an edit of one that has not started yet.
 */
export function ChallengeForm({ initial }: { initial?: ChallengeFormInitial } = {}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { fieldText } = useErrorText();
  const month = currentMonthDays(new Date());
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [metric, setMetric] = useState<ChallengeMetric>(initial?.metric ?? 'POINTS');
  const [target, setTarget] = useState<number | string>(initial?.target ?? 100);
  const [unitType, setUnitType] = useState<ChallengeUnitType>(initial?.unitType ?? 'TEAM');
  const [unitIds, setUnitIds] = useState<string[]>(initial?.unitIds ?? []);
  const [startDay, setStartDay] = useState(initial?.startDay ?? month.startDay);
  const [lastDay, setLastDay] = useState(initial?.lastDay ?? month.lastDay);
  const [scoring, setScoring] = useState<ChallengeScoring>(initial?.scoring ?? 'TOTAL');
  const [winnerPoints, setWinnerPoints] = useState<number | string>(initial?.winnerPoints ?? 0);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const units = useQuery(ChallengeUnitOptionsDocument);
  const [create, creating] = useMutation(CreateChallengeDocument, {
    refetchQueries: ['Challenges'],
  });
  const [update, updating] = useMutation(UpdateChallengeDocument, {
    refetchQueries: ['Challenges', 'Challenge'],
  });
  const loading = creating.loading || updating.loading;
  const backTo = initial ? `/challenges/${initial.id}` : '/challenges';

  const split = splitFieldErrors(apiError, FIELDS);
  const errorFor = (field: (typeof FIELDS)[number]) => {
    const error = split.byField[field];
    return error ? fieldText(error) : undefined;
  };
  const unitOptions = (unitType === 'TEAM' ? units.data?.teams : units.data?.departments) ?? [];

  return (
    <Card withBorder radius="lg" padding="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setApiError(null);
          const period = toChallengePeriod(startDay, lastDay);
          const input = {
            title,
            description: description || null,
            metric,
            target: Number(target),
            unitType,
            unitIds,
            startsAt: period.startsAt,
            endsAt: period.endsAt,
            scoring,
            winnerPoints: winnerPoints === '' ? null : Number(winnerPoints),
          };
          const saved = initial
            ? update({ variables: { id: initial.id, input } }).then((result) => {
                toast.show('success', t('challenges.form.updated'));
                return result.data?.updateChallenge.id ?? initial.id;
              })
            : create({ variables: { input } }).then((result) => {
                toast.show('success', t('challenges.form.created'));
                return result.data?.createChallenge.id;
              });
          void saved
            .then((id) => void navigate(id ? `/challenges/${id}` : '/challenges'))
            .catch((caught: unknown) => setApiError(toApiError(caught)));
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('challenges.form.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={100}
            required
            error={errorFor('title')}
          />
          <Textarea
            label={t('challenges.form.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            error={errorFor('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('challenges.form.metric')}
              data={METRICS.map((value) => ({ value, label: t(`challenges.metrics.${value}`) }))}
              value={metric}
              onChange={(value) => value && setMetric(value as ChallengeMetric)}
              allowDeselect={false}
              error={errorFor('metric')}
            />
            <NumberInput
              label={t('challenges.form.target')}
              description={t(`challenges.form.targetHint.${metric}`)}
              value={target}
              onChange={setTarget}
              min={0}
              decimalScale={2}
              required
              error={errorFor('target')}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="challenge-scoring-label">
              {t('challenges.form.scoring')}
            </Text>
            <SegmentedControl
              aria-labelledby="challenge-scoring-label"
              data={(['TOTAL', 'PER_HEAD'] as const).map((value) => ({
                value,
                label: t(`challenges.scoring.${value}`),
              }))}
              value={scoring}
              onChange={(value) => setScoring(value as ChallengeScoring)}
              maw={360}
            />
            <Text size="xs" c="dimmed">
              {t('challenges.form.scoringHint')}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="challenge-unit-type-label">
              {t('challenges.form.unitType')}
            </Text>
            <SegmentedControl
              aria-labelledby="challenge-unit-type-label"
              data={(['TEAM', 'DEPARTMENT'] as const).map((value) => ({
                value,
                label: t(`challenges.unitTypes.${value}`),
              }))}
              value={unitType}
              onChange={(value) => {
                setUnitType(value as ChallengeUnitType);
                setUnitIds([]);
              }}
              maw={360}
            />
          </Stack>
          <MultiSelect
            label={t('challenges.form.units')}
            description={t('challenges.form.unitsHint')}
            data={unitOptions.map((unit) => ({ value: unit.id, label: unit.name }))}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            required
            error={errorFor('unitIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('challenges.form.start')}
              value={startDay}
              onChange={(event) => setStartDay(event.currentTarget.value)}
              error={errorFor('startsAt')}
            />
            <TextInput
              type="date"
              label={t('challenges.form.lastDay')}
              value={lastDay}
              onChange={(event) => setLastDay(event.currentTarget.value)}
              error={errorFor('endsAt')}
            />
          </SimpleGrid>
          <NumberInput
            label={t('challenges.form.winnerPoints')}
            description={t('challenges.form.winnerPointsHint')}
            value={winnerPoints}
            onChange={setWinnerPoints}
            min={0}
            max={1000}
            allowDecimal={false}
            w={240}
            error={errorFor('winnerPoints')}
          />
          {apiError &&
          (split.other.length > 0 ||
            apiError.kind !== 'graphql' ||
            apiError.fields.length === 0) ? (
            <ErrorAlert error={apiError} unplacedFields={split.other} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(backTo)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {initial ? t('challenges.form.saveChanges') : t('challenges.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
