import {
  Button,
  Card,
  Grid,
  Group,
  Input,
  NumberInput,
  Paper,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  IconClockHour4,
  IconDeviceFloppy,
  IconEye,
  IconPencil,
  IconSend,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate } from 'react-router';
import {
  CreateSuccessStoryDocument,
  type StoryDetailFieldsFragment,
  SubmitSuccessStoryDocument,
  UpdateSuccessStoryDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useToast } from '../../../shared/ui/Toasts';
import { MarkdownView } from '../../content/components/MarkdownView';
import { isContentCheckError } from '../../guideline/lib/content-flags';
import {
  FlagHighlightTextarea,
  type FlagHighlightTextareaHandle,
} from '../../knowledge/components/FlagHighlightTextarea';
import { FieldFlagList } from '../../templates/components/FieldFlagList';
import { FlagConfirmDialog } from '../../templates/components/FlagConfirmDialog';
import { LocalErrorAlert } from '../../templates/components/LocalErrorAlert';
import { useFormContentCheck } from '../../templates/hooks/useFormContentCheck';
import { useLocalFieldText } from '../../templates/hooks/useLocalFieldText';
import type { FieldFlag } from '../../templates/lib/content-areas';
import { formatHours } from '../../templates/lib/template-options';
import { previewHours } from '../lib/hours';
import { formatNumber } from '../lib/story-options';
import { type TemplateChoice, TemplateMultiSelect } from './TemplateMultiSelect';

const FORM_FIELDS = [
  'title',
  'improved',
  'howMarkdown',
  'minutesBefore',
  'minutesAfter',
  'occurrencesPerMonth',
  'qualityNote',
  'templateIds',
] as const;
type CheckedField = 'title' | 'improved' | 'howMarkdown' | 'qualityNote';
type NumberValue = number | string;

type Values = {
  title: string;
  improved: string;
  howMarkdown: string;
  minutesBefore: NumberValue;
  minutesAfter: NumberValue;
  occurrencesPerMonth: NumberValue;
  qualityNote: string;
  templates: TemplateChoice[];
};

type Intent = 'saveDraft' | 'submit';

function initialValues(
  story: StoryDetailFieldsFragment | null,
  initialTemplates: TemplateChoice[],
): Values {
  return {
    title: story?.title ?? '',
    improved: story?.improved ?? '',
    howMarkdown: story?.howMarkdown ?? '',
    minutesBefore: story?.minutesBefore ?? '',
    minutesAfter: story?.minutesAfter ?? '',
    occurrencesPerMonth: story?.occurrencesPerMonth ?? '',
    qualityNote: story?.qualityNote ?? '',
    templates: story ? story.templates.map(({ id, title }) => ({ id, title })) : initialTemplates,
  };
}

function sameValues(a: Values, b: Values): boolean {
  return (
    a.title === b.title &&
    a.improved === b.improved &&
    a.howMarkdown === b.howMarkdown &&
    String(a.minutesBefore) === String(b.minutesBefore) &&
    String(a.minutesAfter) === String(b.minutesAfter) &&
    String(a.occurrencesPerMonth) === String(b.occurrencesPerMonth) &&
    a.qualityNote === b.qualityNote &&
    a.templates.map((x) => x.id).join() === b.templates.map((x) => x.id).join()
  );
}

function toNumberOrNaN(value: NumberValue): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

/**
 * Writing a success story: what improved and how (Markdown with preview), minutes before and
 * after per occurrence and occurrences per month with the live 「月◯時間の削減」, a quality note
 * and the templates used; save as draft or submit for review (with the content check).
 */
export function StoryForm(props: {
  story: StoryDetailFieldsFragment | null;
  initialTemplates?: TemplateChoice[];
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const fieldText = useLocalFieldText('stories');
  const [saved, setSaved] = useState<Values>(() =>
    initialValues(props.story, props.initialTemplates ?? []),
  );
  const [values, setValues] = useState<Values>(saved);
  const [storyId, setStoryId] = useState<string | null>(props.story?.id ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const [flagDialog, setFlagDialog] = useState<{ error: ApiError } | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [howTab, setHowTab] = useState<string | null>('write');
  const howHandle = useRef<FlagHighlightTextareaHandle | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const improvedRef = useRef<HTMLTextAreaElement>(null);
  const qualityRef = useRef<HTMLTextAreaElement>(null);

  // A template picked on its page (?template=…) arrives after the form opened.
  const initialTemplateKey = (props.initialTemplates ?? []).map((x) => x.id).join();
  useEffect(() => {
    if (props.story || !props.initialTemplates?.length) return;
    const templates = props.initialTemplates;
    setValues((previous) =>
      previous.templates.length === 0 ? { ...previous, templates } : previous,
    );
    setSaved((previous) =>
      previous.templates.length === 0 ? { ...previous, templates } : previous,
    );
    // Only when the preselected templates change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialTemplateKey]);

  const [create] = useMutation(CreateSuccessStoryDocument);
  const [update] = useMutation(UpdateSuccessStoryDocument);
  const [submit] = useMutation(SubmitSuccessStoryDocument);

  const hours = previewHours(values);
  const hourErrors = new Map(hours.kind === 'invalid' ? hours.errors.map((e) => [e.field, e]) : []);

  // The API checks title, improved, how and the quality note joined by line breaks.
  const checkFields = useMemo(
    () =>
      [
        ['title', values.title],
        ['improved', values.improved],
        ['howMarkdown', values.howMarkdown],
        ['qualityNote', values.qualityNote],
      ] as const,
    [values.title, values.improved, values.howMarkdown, values.qualityNote],
  );
  const check = useFormContentCheck<CheckedField>(checkFields);
  const howRanges = useMemo(
    () =>
      check.flags
        .filter((flag) => flag.field === 'howMarkdown')
        .map((flag) => ({ start: flag.localStart, end: flag.localEnd })),
    [check.flags],
  );
  const fieldLabel = (field: CheckedField) => t(`stories.form.${field}`);

  const dirty = !sameValues(values, saved);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && busy === null && !leaving && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const { byField, other } = splitFieldErrors(
    error && !isContentCheckError(error) ? error : null,
    FORM_FIELDS,
  );
  const numberError = (field: 'minutesBefore' | 'minutesAfter' | 'occurrencesPerMonth') => {
    const live = hourErrors.get(field);
    if (live) return fieldText({ field, code: live.code, message: live.code });
    const server = byField[field];
    return server ? fieldText(server) : undefined;
  };

  const selectFlag = (flag: FieldFlag<CheckedField>) => {
    if (flag.field === 'howMarkdown') {
      setHowTab('write');
      requestAnimationFrame(() =>
        howHandle.current?.select({ start: flag.localStart, end: flag.localEnd }),
      );
      return;
    }
    const input =
      flag.field === 'title'
        ? titleRef.current
        : flag.field === 'improved'
          ? improvedRef.current
          : qualityRef.current;
    input?.focus();
    input?.setSelectionRange(flag.localStart, flag.localEnd);
  };

  const input = () => ({
    title: values.title,
    improved: values.improved,
    howMarkdown: values.howMarkdown,
    minutesBefore: toNumberOrNaN(values.minutesBefore),
    minutesAfter: toNumberOrNaN(values.minutesAfter),
    occurrencesPerMonth: toNumberOrNaN(values.occurrencesPerMonth),
    qualityNote: values.qualityNote.trim() === '' ? null : values.qualityNote,
    templateIds: values.templates.map((template) => template.id),
  });

  const leaveTo = (path: string, replace = false) => {
    setLeaving(true);
    requestAnimationFrame(() => void navigate(path, { replace }));
  };

  const ensureSaved = async (): Promise<string> => {
    const sent = input();
    // NaN is not valid JSON: send something the API rejects with a clear field error.
    const safe = {
      ...sent,
      minutesBefore: Number.isFinite(sent.minutesBefore) ? sent.minutesBefore : -1,
      minutesAfter: Number.isFinite(sent.minutesAfter) ? sent.minutesAfter : -1,
      occurrencesPerMonth: Number.isFinite(sent.occurrencesPerMonth)
        ? sent.occurrencesPerMonth
        : -1,
    };
    if (!storyId) {
      const result = await create({ variables: { input: safe } });
      const created = result.data?.createSuccessStory;
      if (!created) throw new Error('No story returned');
      setStoryId(created.id);
      setSaved(values);
      return created.id;
    }
    if (dirty) {
      await update({ variables: { id: storyId, input: safe } });
      setSaved(values);
    }
    return storyId;
  };

  const run = async (intent: Intent, confirmFlags = false) => {
    setError(null);
    setBusy(intent);
    try {
      const id = await ensureSaved();
      if (intent === 'saveDraft') {
        toast.show('success', t('stories.form.draftSaved'));
        if (!props.story) leaveTo(`/stories/${encodeURIComponent(id)}/edit`, true);
        return;
      }
      await submit({ variables: { id, confirmFlags } });
      setFlagDialog(null);
      toast.show('success', t('stories.form.submitted'));
      leaveTo(`/stories/${encodeURIComponent(id)}`);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isContentCheckError(apiError)) setFlagDialog({ error: apiError });
      else {
        setFlagDialog(null);
        setError(apiError);
      }
    } finally {
      setBusy(null);
    }
  };

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const number = (value: NumberValue) =>
    typeof value === 'number' ? formatNumber(value, i18n.language) : value;
  const returned = props.story?.status === 'RETURNED';

  return (
    <Stack gap="md">
      <TextInput
        ref={titleRef}
        label={t('stories.form.title')}
        placeholder={t('stories.form.titlePlaceholder')}
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        required
        maxLength={200}
        size="md"
        error={byField.title ? fieldText(byField.title) : undefined}
        data-testid="story-title-input"
      />
      <Textarea
        ref={improvedRef}
        label={t('stories.form.improved')}
        description={t('stories.form.improvedHint')}
        placeholder={t('stories.form.improvedPlaceholder')}
        value={values.improved}
        onChange={(event) => set('improved', event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        required
        error={byField.improved ? fieldText(byField.improved) : undefined}
        data-testid="story-improved-input"
      />

      <Card
        withBorder
        radius="lg"
        padding="md"
        component="section"
        aria-labelledby="story-effect-heading"
      >
        <Stack gap="sm">
          <Text fw={700} id="story-effect-heading">
            {t('stories.form.effectHeading')}
          </Text>
          <Grid gap="md" align="stretch">
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Stack gap="sm">
                <Group gap="sm" grow wrap="wrap" align="flex-start">
                  <NumberInput
                    label={t('stories.form.minutesBefore')}
                    description={t('stories.form.perOccurrence')}
                    value={values.minutesBefore}
                    onChange={(value) => set('minutesBefore', value)}
                    min={0}
                    max={1440}
                    decimalScale={2}
                    suffix={t('stories.form.minutesSuffix')}
                    required
                    error={numberError('minutesBefore')}
                    data-testid="story-minutes-before"
                    miw={140}
                  />
                  <NumberInput
                    label={t('stories.form.minutesAfter')}
                    description={t('stories.form.perOccurrence')}
                    value={values.minutesAfter}
                    onChange={(value) => set('minutesAfter', value)}
                    min={0}
                    max={1440}
                    decimalScale={2}
                    suffix={t('stories.form.minutesSuffix')}
                    required
                    error={numberError('minutesAfter')}
                    data-testid="story-minutes-after"
                    miw={140}
                  />
                </Group>
                <NumberInput
                  label={t('stories.form.occurrencesPerMonth')}
                  description={t('stories.form.occurrencesHint')}
                  value={values.occurrencesPerMonth}
                  onChange={(value) => set('occurrencesPerMonth', value)}
                  min={0}
                  max={10000}
                  decimalScale={2}
                  suffix={t('stories.form.timesSuffix')}
                  required
                  error={numberError('occurrencesPerMonth')}
                  data-testid="story-occurrences"
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Paper
                radius="md"
                p="md"
                h="100%"
                bg={hours.kind === 'ok' ? 'jade.0' : 'gray.0'}
                role="status"
                aria-live="polite"
                data-testid="story-hours-preview"
              >
                <Stack gap={4} align="center" justify="center" h="100%">
                  <ThemeIcon variant="light" radius="xl" size={36} aria-hidden="true">
                    <IconClockHour4 size={20} />
                  </ThemeIcon>
                  {hours.kind === 'ok' ? (
                    <>
                      <Text fz={30} fw={800} c="jade.8" lh={1.2} ta="center">
                        {t('stories.form.hoursResult', {
                          hours: formatHours(hours.hours, i18n.language),
                        })}
                      </Text>
                      <Text size="xs" c="dimmed" ta="center">
                        {t('stories.form.formula', {
                          before: number(values.minutesBefore),
                          after: number(values.minutesAfter),
                          times: number(values.occurrencesPerMonth),
                        })}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed" ta="center">
                      {hours.kind === 'incomplete'
                        ? t('stories.form.hoursIncomplete')
                        : t('stories.form.hoursInvalid')}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" ta="center">
                    {t('stories.form.hoursNote')}
                  </Text>
                </Stack>
              </Paper>
            </Grid.Col>
          </Grid>
        </Stack>
      </Card>

      <FieldFlagList flags={check.flags} fieldLabel={fieldLabel} onSelect={selectFlag} />

      <Input.Wrapper
        label={t('stories.form.howMarkdown')}
        labelProps={{ htmlFor: 'story-how' }}
        required
        description={t('stories.form.howHint')}
        descriptionProps={{ id: 'story-how-help' }}
        error={byField.howMarkdown ? fieldText(byField.howMarkdown) : undefined}
      >
        <Tabs value={howTab} onChange={setHowTab} mt={6} keepMounted>
          <Tabs.List>
            <Tabs.Tab value="write" leftSection={<IconPencil size={14} />}>
              {t('stories.form.write')}
            </Tabs.Tab>
            <Tabs.Tab value="preview" leftSection={<IconEye size={14} />}>
              {t('stories.form.preview')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <FlagHighlightTextarea
              id="story-how"
              value={values.howMarkdown}
              onChange={(value) => set('howMarkdown', value)}
              ranges={howRanges}
              minHeight={220}
              invalid={Boolean(byField.howMarkdown)}
              describedBy="story-how-help"
              placeholder={t('stories.form.howPlaceholder')}
              handleRef={howHandle}
              testId="story-how-input"
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <Paper withBorder radius="md" p="md" mih={220} data-testid="story-how-preview">
              <MarkdownView
                empty={
                  <Text size="sm" c="dimmed">
                    {t('stories.form.previewEmpty')}
                  </Text>
                }
              >
                {values.howMarkdown}
              </MarkdownView>
            </Paper>
          </Tabs.Panel>
        </Tabs>
      </Input.Wrapper>

      <Textarea
        ref={qualityRef}
        label={t('stories.form.qualityNote')}
        description={t('stories.form.qualityHint')}
        value={values.qualityNote}
        onChange={(event) => set('qualityNote', event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        error={byField.qualityNote ? fieldText(byField.qualityNote) : undefined}
      />

      <TemplateMultiSelect
        value={values.templates}
        onChange={(templates) => set('templates', templates)}
        error={byField.templateIds ? fieldText(byField.templateIds) : undefined}
      />

      <LocalErrorAlert
        error={error && !isContentCheckError(error) ? error : null}
        section="stories"
        unplacedFields={other}
      />

      <Card
        withBorder
        radius="md"
        padding="sm"
        style={{ position: 'sticky', bottom: 8, zIndex: 5 }}
        shadow="sm"
      >
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="xs" c="dimmed" style={{ flex: '1 1 200px' }} role="status">
            {check.checking
              ? t('stories.form.checking')
              : check.flags.length > 0
                ? t('stories.form.flagsFound', { n: check.flags.length })
                : dirty
                  ? t('stories.form.unsaved')
                  : storyId
                    ? returned
                      ? t('stories.form.returnedNote')
                      : t('stories.form.savedDraft')
                    : t('stories.form.newNote')}
          </Text>
          <Group gap="xs" wrap="wrap" justify="flex-end">
            <Button
              variant="default"
              onClick={() =>
                void navigate(storyId ? `/stories/${encodeURIComponent(storyId)}` : '/stories')
              }
            >
              {t('common.cancel')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void run('saveDraft')}
              loading={busy === 'saveDraft'}
              disabled={busy !== null}
              data-testid="story-save-draft"
            >
              {t('stories.form.saveDraft')}
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              onClick={() => void run('submit')}
              loading={busy === 'submit'}
              disabled={busy !== null}
              data-testid="story-submit"
            >
              {returned ? t('stories.form.resubmit') : t('stories.form.submit')}
            </Button>
          </Group>
        </Group>
      </Card>

      <FlagConfirmDialog
        opened={flagDialog !== null}
        flags={check.flags}
        fieldLabel={fieldLabel}
        serverError={flagDialog?.error ?? null}
        confirming={busy !== null}
        confirmLabel={t('stories.form.confirmSubmit')}
        onFix={(flag) => {
          setFlagDialog(null);
          const target = flag ?? check.flags[0];
          if (target) requestAnimationFrame(() => selectFlag(target));
        }}
        onConfirm={() => void run('submit', true)}
      />

      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('stories.form.leaveTitle')}
        message={t('stories.form.leaveBody')}
        confirmLabel={t('stories.form.leave')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </Stack>
  );
}
