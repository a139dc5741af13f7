import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FairPlayGroupData,
  FairPlayGroupCard,
} from '../features/fair-play/components/FairPlayGroupCard';
import { circleLabel, defaultReportRange } from '../features/fair-play/lib/fair-play';
import {
  type FairPlayKind,
  FairPlayReportDocument,
  ReverseFairPlayExcessDocument,
} from '../generated/graphql';
import { type ApiError, toApiError } from '../shared/lib/api-error';
import { splitFieldErrors } from '../shared/lib/form-errors';
import { useErrorText } from '../shared/lib/use-error-text';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { PageHeader } from '../shared/ui/PageHeader';
import { useToast } from '../shared/ui/Toasts';

const KINDS = [
  'LIKE_RECEIVED',
  'KUDOS_RECEIVED',
  'VIEW_RECEIVED',
  'TEMPLATE_REUSED',
] as const satisfies readonly FairPlayKind[];

/** フェアプレー (admins and HR): groups crediting each other far above the norm, with reversal. */
export function FairPlayPage() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const initial = defaultReportRange(new Date());
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [kinds, setKinds] = useState<FairPlayKind[]>([...KINDS]);
  const [load, report] = useLazyQuery(FairPlayReportDocument, { fetchPolicy: 'network-only' });
  const [reversing, setReversing] = useState<FairPlayGroupData | null>(null);
  const [reason, setReason] = useState('');
  const [reverseError, setReverseError] = useState<ApiError | null>(null);
  const [reverse, reverseState] = useMutation(ReverseFairPlayExcessDocument);

  const input = { from, to, kinds };
  const run = () => void load({ variables: { input } }).catch(() => undefined);
  // The first report opens with the page (last 30 days, every kind).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(run, []);

  const queryError = report.error ? toApiError(report.error) : null;
  const querySplit = splitFieldErrors(queryError, ['from', 'to', 'kinds'] as const);
  const data = report.data?.fairPlayReport;
  const reasonError = splitFieldErrors(reverseError, ['reason'] as const).byField.reason;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader title={t('fairPlay.title')} description={t('fairPlay.intro')} />
      <Card withBorder radius="lg" padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run();
          }}
        >
          <Stack gap="sm">
            <Group align="flex-end" gap="md" wrap="wrap">
              <TextInput
                type="date"
                label={t('fairPlay.periodFrom')}
                value={from}
                onChange={(event) => setFrom(event.currentTarget.value)}
                error={querySplit.byField.from ? fieldText(querySplit.byField.from) : undefined}
              />
              <TextInput
                type="date"
                label={t('fairPlay.periodTo')}
                value={to}
                onChange={(event) => setTo(event.currentTarget.value)}
                error={querySplit.byField.to ? fieldText(querySplit.byField.to) : undefined}
              />
              <Button type="submit" loading={report.loading}>
                {t('fairPlay.run')}
              </Button>
            </Group>
            <Checkbox.Group
              label={t('fairPlay.kindsLabel')}
              value={kinds}
              onChange={(value) => setKinds(value as FairPlayKind[])}
            >
              <Group gap="md" mt={6}>
                {KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={t(`fairPlay.kinds.${kind}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </form>
      </Card>
      {queryError ? <ErrorAlert error={queryError} unplacedFields={querySplit.other} /> : null}
      {data ? (
        <>
          <Alert
            variant="light"
            color="blue"
            icon={<IconInfoCircle size={18} />}
            data-testid="fair-play-norm"
          >
            {data.norm.analysed
              ? t('fairPlay.norm', {
                  members: data.norm.members,
                  pairs: data.norm.pairs,
                  median: number.format(data.norm.median),
                  allowance: data.norm.allowance,
                })
              : t('fairPlay.notAnalysed')}
          </Alert>
          {data.groups.length === 0 ? (
            <Text c="dimmed" data-testid="fair-play-empty">
              {t('fairPlay.noGroups')}
            </Text>
          ) : (
            <Stack gap="md">
              {data.groups.map((group) => (
                <FairPlayGroupCard
                  key={group.id}
                  group={group}
                  onReverse={(target) => {
                    setReason('');
                    setReverseError(null);
                    setReversing(target);
                  }}
                />
              ))}
            </Stack>
          )}
        </>
      ) : null}
      <Modal
        opened={reversing !== null}
        onClose={() => setReversing(null)}
        title={t('fairPlay.reverseTitle')}
        centered
      >
        {reversing ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setReverseError(null);
              void reverse({
                variables: {
                  input: {
                    from: data?.from ?? from,
                    to: data?.to ?? to,
                    kinds: data?.kinds ?? kinds,
                    groupId: reversing.id,
                    reason,
                  },
                },
              })
                .then((result) => {
                  setReversing(null);
                  toast.show(
                    'success',
                    t('fairPlay.reversed', {
                      points: result.data?.reverseFairPlayExcess.pointsReversed ?? 0,
                    }),
                  );
                  void report.refetch();
                })
                .catch((caught: unknown) => setReverseError(toApiError(caught)));
            }}
          >
            <Stack gap="md">
              <Text size="sm">
                {t('fairPlay.reverseConfirm', {
                  group: circleLabel(reversing.members.map((member) => member.displayName)),
                  points: number.format(reversing.pendingPoints),
                })}
              </Text>
              <Textarea
                label={t('fairPlay.reason')}
                description={t('fairPlay.reasonHint')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={500}
                required
                error={reasonError ? fieldText(reasonError) : undefined}
                data-autofocus
              />
              {reverseError && !reasonError ? <ErrorAlert error={reverseError} /> : null}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setReversing(null)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="red" loading={reverseState.loading}>
                  {t('fairPlay.reverseSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Modal>
    </Stack>
  );
}
