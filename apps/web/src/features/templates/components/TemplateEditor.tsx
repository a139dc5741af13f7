import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Input,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertCircle, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate } from 'react-router';
import {
  CreateTemplateDocument,
  PublishTemplateDocument,
  type TargetTool,
  type TemplateDetailFieldsFragment,
  type TemplateKind,
  UpdateTemplateDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { LocalErrorAlert } from './LocalErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { isContentCheckError } from '../../guideline/lib/content-flags';
import {
  FlagHighlightTextarea,
  type FlagHighlightTextareaHandle,
} from '../../knowledge/components/FlagHighlightTextarea';
import { useFormContentCheck } from '../hooks/useFormContentCheck';
import { useLocalFieldText } from '../hooks/useLocalFieldText';
import { useTemplateCategories } from '../hooks/useTemplateCategories';
import type { FieldFlag } from '../lib/content-areas';
import { buildPreview, parseBody } from '../lib/prompt-preview';
import { type BodySyntaxError, bodySyntaxErrors, mergeSyntaxErrors } from '../lib/syntax-errors';
import { TARGET_TOOLS, TEMPLATE_KINDS, isTargetTool } from '../lib/template-options';
import { FieldFlagList } from './FieldFlagList';
import { FlagConfirmDialog } from './FlagConfirmDialog';
import { PlaceholderSyntaxHelp } from './PlaceholderSyntaxHelp';
import { PromptPreview } from './PromptPreview';

const FORM_FIELDS = ['title', 'description', 'categoryId', 'kind', 'targetTool', 'body'] as const;
type CheckedField = 'title' | 'description' | 'body';

type Values = {
  title: string;
  description: string;
  categoryId: string | null;
  kind: TemplateKind;
  targetTool: TargetTool;
  body: string;
};

/** What the author asked for; after a content-check refusal it is re-sent with confirmFlags. */
type Intent = 'saveDraft' | 'publish' | 'saveChanges';

function initialValues(template: TemplateDetailFieldsFragment | null): Values {
  return {
    title: template?.title ?? '',
    description: template?.description ?? '',
    categoryId: template?.category.id ?? null,
    kind: template?.kind ?? 'FILL_IN',
    targetTool: template?.targetTool ?? 'ANY',
    body: template?.body ?? '',
  };
}

function sameValues(a: Values, b: Values): boolean {
  return (Object.keys(a) as (keyof Values)[]).every((key) => a[key] === b[key]);
}

/**
 * Writing or editing a template: title, description, category, kind, tool and the body with
 * its placeholders (parsed live with line/column errors, previewed), the live content check,
 * and save draft / publish with the confirm-flags flow.
 */
export function TemplateEditor(props: { template: TemplateDetailFieldsFragment | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const fieldText = useLocalFieldText('templates');
  const { categories, loaded: categoriesLoaded } = useTemplateCategories();
  const [saved, setSaved] = useState<Values>(() => initialValues(props.template));
  const [values, setValues] = useState<Values>(() => initialValues(props.template));
  const [templateId, setTemplateId] = useState<string | null>(props.template?.id ?? null);
  const [status, setStatus] = useState(props.template?.status ?? 'DRAFT');
  const [error, setError] = useState<ApiError | null>(null);
  const [serverSyntax, setServerSyntax] = useState<{ body: string; errors: BodySyntaxError[] }>({
    body: '',
    errors: [],
  });
  const [flagDialog, setFlagDialog] = useState<{ intent: Intent; error: ApiError } | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  const [leaving, setLeaving] = useState(false);
  const bodyHandle = useRef<FlagHighlightTextareaHandle | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);

  const [create] = useMutation(CreateTemplateDocument);
  const [update] = useMutation(UpdateTemplateDocument);
  const [publish] = useMutation(PublishTemplateDocument);

  // A new template defaults to the first category once they are loaded.
  useEffect(() => {
    if (values.categoryId === null && categories[0] && !props.template) {
      const categoryId = categories[0].id;
      setValues((previous) => ({ ...previous, categoryId }));
      setSaved((previous) => ({ ...previous, categoryId }));
    }
  }, [categories, values.categoryId, props.template]);

  const parsed = useMemo(() => parseBody(values.body), [values.body]);
  const preview = useMemo(() => (parsed.ok ? buildPreview(parsed.parsed, {}) : null), [parsed]);
  const liveSyntax: BodySyntaxError[] = useMemo(
    () =>
      parsed.ok || values.body.trim() === ''
        ? []
        : parsed.errors.map(({ code, message, line, column }) => ({ code, message, line, column })),
    [parsed, values.body],
  );
  const syntaxErrors = mergeSyntaxErrors(
    liveSyntax,
    serverSyntax.body === values.body ? serverSyntax.errors : [],
  );

  // The API checks title, description and body joined by line breaks.
  const checkFields = useMemo(
    () =>
      [
        ['title', values.title],
        ['description', values.description],
        ['body', values.body],
      ] as const,
    [values.title, values.description, values.body],
  );
  const check = useFormContentCheck<CheckedField>(checkFields);
  const bodyRanges = useMemo(
    () =>
      check.flags
        .filter((flag) => flag.field === 'body')
        .map((flag) => ({ start: flag.localStart, end: flag.localEnd })),
    [check.flags],
  );
  const fieldLabel = (field: CheckedField) => t(`templates.editor.${field}`);

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
  // Body syntax errors are listed with their position below the body instead.
  const bodyFieldError =
    byField.body && !syntaxErrors.some((e) => e.code === byField.body?.code) ? byField.body : null;

  const selectFlag = (flag: FieldFlag<CheckedField>) => {
    if (flag.field === 'body') {
      bodyHandle.current?.select({ start: flag.localStart, end: flag.localEnd });
      return;
    }
    const input = flag.field === 'title' ? titleRef.current : descriptionRef.current;
    input?.focus();
    input?.setSelectionRange(flag.localStart, flag.localEnd);
  };

  const input = () => ({
    title: values.title,
    description: values.description,
    categoryId: values.categoryId ?? '',
    kind: values.kind,
    targetTool: values.targetTool,
    body: values.body,
  });

  /** Leaves the editor without the unsaved-changes question (everything was just saved). */
  const leaveTo = (path: string, replace = false) => {
    setLeaving(true);
    requestAnimationFrame(() => void navigate(path, { replace }));
  };

  const ensureSaved = async (): Promise<string> => {
    if (!templateId) {
      const result = await create({ variables: { input: input() } });
      const created = result.data?.createTemplate;
      if (!created) throw new Error('No template returned');
      setTemplateId(created.id);
      setStatus(created.status);
      setSaved(values);
      return created.id;
    }
    if (dirty) {
      await update({ variables: { id: templateId, input: input() } });
      setSaved(values);
    }
    return templateId;
  };

  const run = async (intent: Intent, confirmFlags = false) => {
    setError(null);
    setBusy(intent);
    const body = values.body;
    try {
      if (intent === 'saveDraft') {
        const id = await ensureSaved();
        toast.show('success', t('templates.editor.draftSaved'));
        if (!props.template) leaveTo(`/templates/${encodeURIComponent(id)}/edit`, true);
      } else if (intent === 'saveChanges') {
        if (!templateId) return;
        await update({ variables: { id: templateId, input: input(), confirmFlags } });
        setSaved(values);
        setFlagDialog(null);
        toast.show('success', t('templates.editor.updated'));
        leaveTo(`/templates/${encodeURIComponent(templateId)}`);
      } else {
        const id = await ensureSaved();
        await publish({ variables: { id, confirmFlags } });
        setStatus('PUBLISHED');
        setFlagDialog(null);
        toast.show('success', t('templates.editor.published'));
        leaveTo(`/templates/${encodeURIComponent(id)}`);
      }
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isContentCheckError(apiError)) {
        setFlagDialog({ intent, error: apiError });
      } else {
        setFlagDialog(null);
        setError(apiError);
        setServerSyntax({ body, errors: bodySyntaxErrors(caught) });
      }
    } finally {
      setBusy(null);
    }
  };

  const published = status === 'PUBLISHED';
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  return (
    <Stack gap="md">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <TextInput
              ref={titleRef}
              label={t('templates.editor.title')}
              placeholder={t('templates.editor.titlePlaceholder')}
              value={values.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              required
              maxLength={200}
              size="md"
              error={byField.title ? fieldText(byField.title) : undefined}
              data-testid="template-title-input"
            />
            <Textarea
              ref={descriptionRef}
              label={t('templates.editor.description')}
              description={t('templates.editor.descriptionHint')}
              value={values.description}
              onChange={(event) => set('description', event.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              error={byField.description ? fieldText(byField.description) : undefined}
              data-testid="template-description-input"
            />
            <Group gap="md" align="flex-start" wrap="wrap">
              <Select
                label={t('templates.editor.category')}
                data={categories.map((category) => ({ value: category.id, label: category.name }))}
                value={values.categoryId}
                onChange={(value) => set('categoryId', value)}
                placeholder={categoriesLoaded ? undefined : t('app.loading')}
                allowDeselect={false}
                required
                searchable
                error={byField.categoryId ? fieldText(byField.categoryId) : undefined}
                style={{ flex: '1 1 200px' }}
                data-testid="template-category-input"
              />
              <Select
                label={t('templates.editor.targetTool')}
                data={TARGET_TOOLS.map((tool) => ({
                  value: tool,
                  label: t(`templates.tools.${tool}`),
                }))}
                value={values.targetTool}
                onChange={(value) => set('targetTool', isTargetTool(value) ? value : 'ANY')}
                allowDeselect={false}
                error={byField.targetTool ? fieldText(byField.targetTool) : undefined}
                style={{ flex: '1 1 160px' }}
              />
            </Group>
            <Radio.Group
              label={t('templates.editor.kind')}
              value={values.kind}
              onChange={(value) => set('kind', value as TemplateKind)}
              error={byField.kind ? fieldText(byField.kind) : undefined}
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt={6}>
                {TEMPLATE_KINDS.map((kind) => (
                  <Radio.Card key={kind} value={kind} radius="md" p="sm" withBorder>
                    <Group wrap="nowrap" align="flex-start" gap="xs">
                      <Radio.Indicator />
                      <Stack gap={2}>
                        <Text fw={600} size="sm">
                          {t(`templates.kinds.${kind}`)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`templates.kindHints.${kind}`)}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>

            <FieldFlagList flags={check.flags} fieldLabel={fieldLabel} onSelect={selectFlag} />

            <Input.Wrapper
              label={t('templates.editor.body')}
              labelProps={{ htmlFor: 'template-body' }}
              required
              description={t('templates.editor.bodyHint', {
                simple: `{{${t('templates.syntax.nameWord')}}}`,
                full: `{{${t('templates.syntax.nameWord')}|${t('templates.syntax.defaultWord')}|${t('templates.syntax.hintWord')}}}`,
              })}
              descriptionProps={{ id: 'template-body-help' }}
              error={bodyFieldError ? fieldText(bodyFieldError) : undefined}
            >
              <Stack gap="xs" mt={6}>
                <FlagHighlightTextarea
                  id="template-body"
                  value={values.body}
                  onChange={(body) => set('body', body)}
                  ranges={bodyRanges}
                  minHeight={300}
                  invalid={syntaxErrors.length > 0 || Boolean(bodyFieldError)}
                  describedBy={
                    syntaxErrors.length > 0
                      ? 'template-body-help template-body-syntax'
                      : 'template-body-help'
                  }
                  placeholder={t('templates.editor.bodyPlaceholder')}
                  handleRef={bodyHandle}
                  testId="template-body-input"
                />
                {syntaxErrors.length > 0 ? (
                  <Alert
                    color="red"
                    variant="light"
                    radius="md"
                    icon={<IconAlertCircle size={18} />}
                    title={t('templates.editor.syntaxTitle', { n: syntaxErrors.length })}
                    id="template-body-syntax"
                    data-testid="template-syntax-errors"
                  >
                    <List size="sm" spacing={4}>
                      {syntaxErrors.map((syntaxError) => (
                        <List.Item
                          key={`${syntaxError.code}-${syntaxError.line}-${syntaxError.column}`}
                        >
                          {syntaxError.code.startsWith('body.')
                            ? null
                            : t('templates.editor.syntaxAt', {
                                line: syntaxError.line,
                                column: syntaxError.column,
                              })}
                          {fieldText(syntaxError)}
                        </List.Item>
                      ))}
                    </List>
                  </Alert>
                ) : null}
              </Stack>
            </Input.Wrapper>
            <PlaceholderSyntaxHelp />
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 76 }}>
            <Card
              withBorder
              radius="lg"
              padding="md"
              component="section"
              aria-labelledby="detected-heading"
            >
              <Stack gap="xs">
                <Title order={2} fz="md" id="detected-heading">
                  {t('templates.editor.detected', {
                    n: parsed.ok ? parsed.parsed.placeholders.length : 0,
                  })}
                </Title>
                {parsed.ok && parsed.parsed.placeholders.length > 0 ? (
                  <Table.ScrollContainer minWidth={320}>
                    <Table fz="sm" verticalSpacing={4} data-testid="detected-placeholders">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('templates.editor.placeholderName')}</Table.Th>
                          <Table.Th>{t('templates.editor.placeholderDefault')}</Table.Th>
                          <Table.Th>{t('templates.editor.placeholderHint')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {parsed.parsed.placeholders.map((placeholder) => (
                          <Table.Tr key={placeholder.name}>
                            <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                              {placeholder.name}
                            </Table.Td>
                            <Table.Td>{placeholder.defaultValue ?? '—'}</Table.Td>
                            <Table.Td>{placeholder.hint ?? '—'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                ) : (
                  <Text size="sm" c="dimmed">
                    {parsed.ok
                      ? t('templates.editor.noneDetected')
                      : values.body.trim() === ''
                        ? t('templates.editor.emptyBody')
                        : t('templates.editor.fixSyntaxFirst')}
                  </Text>
                )}
              </Stack>
            </Card>
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {t('templates.editor.preview')}
              </Text>
              <PromptPreview
                segments={preview ? preview.segments : [{ kind: 'text', text: values.body }]}
                minHeight={120}
              />
              <Text size="xs" c="dimmed">
                {t('templates.editor.previewHint')}
              </Text>
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>

      <LocalErrorAlert
        error={error && !isContentCheckError(error) ? error : null}
        section="templates"
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
              ? t('templates.editor.checking')
              : check.flags.length > 0
                ? t('templates.editor.flagsFound', { n: check.flags.length })
                : dirty
                  ? t('templates.editor.unsaved')
                  : published
                    ? t('templates.editor.publishedNote')
                    : templateId
                      ? t('templates.editor.savedDraft')
                      : t('templates.editor.newNote')}
          </Text>
          <Group gap="xs" wrap="wrap" justify="flex-end">
            <Button
              variant="default"
              onClick={() =>
                void navigate(
                  templateId ? `/templates/${encodeURIComponent(templateId)}` : '/templates',
                )
              }
            >
              {t('common.cancel')}
            </Button>
            {published ? (
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={() => void run('saveChanges')}
                loading={busy === 'saveChanges'}
                disabled={busy !== null || !dirty}
                data-testid="template-save-changes"
              >
                {t('templates.editor.saveChanges')}
              </Button>
            ) : (
              <>
                <Button
                  variant="light"
                  leftSection={<IconDeviceFloppy size={16} />}
                  onClick={() => void run('saveDraft')}
                  loading={busy === 'saveDraft'}
                  disabled={busy !== null}
                  data-testid="template-save-draft"
                >
                  {status === 'ARCHIVED'
                    ? t('templates.editor.save')
                    : t('templates.editor.saveDraft')}
                </Button>
                <Button
                  leftSection={<IconSend size={16} />}
                  onClick={() => void run('publish')}
                  loading={busy === 'publish'}
                  disabled={busy !== null}
                  data-testid="template-publish"
                >
                  {status === 'ARCHIVED'
                    ? t('templates.editor.republish')
                    : t('templates.editor.publish')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Card>

      <FlagConfirmDialog
        opened={flagDialog !== null}
        flags={check.flags}
        fieldLabel={fieldLabel}
        serverError={flagDialog?.error ?? null}
        confirming={busy !== null}
        confirmLabel={
          flagDialog?.intent === 'saveChanges'
            ? t('templates.flags.confirmSave')
            : t('templates.flags.confirmPublish')
        }
        onFix={(flag) => {
          setFlagDialog(null);
          const target = flag ?? check.flags[0];
          if (target) requestAnimationFrame(() => selectFlag(target));
        }}
        onConfirm={() => {
          if (flagDialog) void run(flagDialog.intent, true);
        }}
      />

      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('templates.editor.leaveTitle')}
        message={t('templates.editor.leaveBody')}
        confirmLabel={t('templates.editor.leave')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </Stack>
  );
}
