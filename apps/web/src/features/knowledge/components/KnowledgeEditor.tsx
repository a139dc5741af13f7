import { Button, Card, Group, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate } from 'react-router';
import {
  CreateKnowledgePostDocument,
  type KnowledgePostDetailFieldsFragment,
  PublishKnowledgePostDocument,
  UpdateKnowledgePostDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { ContentFlagList } from '../../guideline/components/ContentFlagList';
import { ContentFlagsDialog } from '../../guideline/components/ContentFlagsDialog';
import { useContentCheck } from '../../guideline/hooks/useContentCheck';
import {
  type LocatedFlag,
  checkedText,
  isContentCheckError,
} from '../../guideline/lib/content-flags';
import { useDepartmentOptions } from '../hooks/useDepartmentOptions';
import { useKnowledgeTags } from '../hooks/useKnowledgeTags';
import type { FlagHighlightTextareaHandle } from './FlagHighlightTextarea';
import { MarkdownEditor } from './MarkdownEditor';

const FORM_FIELDS = ['title', 'bodyMarkdown', 'tags', 'departmentId'] as const;
const MAX_TAGS = 10;

type Values = { title: string; body: string; tags: string[]; departmentId: string | null };
/** What the author asked for; after a content-check refusal it is re-sent with confirmFlags. */
type Intent = 'saveDraft' | 'publish' | 'saveChanges';

function initialValues(post: KnowledgePostDetailFieldsFragment | null): Values {
  return {
    title: post?.title ?? '',
    body: post?.bodyMarkdown ?? '',
    tags: post?.tags ?? [],
    departmentId: post?.department?.id ?? null,
  };
}

function sameValues(a: Values, b: Values): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.departmentId === b.departmentId &&
    a.tags.join('\n') === b.tags.join('\n')
  );
}

/**
 * Writing or editing a post: title, Markdown body with preview and images, tags, department,
 * the live content check, and save draft / publish (with the confirm-flags flow).
 */
export function KnowledgeEditor(props: {
  post: KnowledgePostDetailFieldsFragment | null;
  defaultDepartmentId?: string | null;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { fieldText } = useErrorText();
  const [saved, setSaved] = useState<Values>(() => initialValues(props.post));
  const [values, setValues] = useState<Values>(() => ({
    ...initialValues(props.post),
    departmentId: props.post
      ? (props.post.department?.id ?? null)
      : (props.defaultDepartmentId ?? null),
  }));
  const [postId, setPostId] = useState<string | null>(props.post?.id ?? null);
  const [status, setStatus] = useState(props.post?.status ?? 'DRAFT');
  const [error, setError] = useState<ApiError | null>(null);
  const [pendingIntent, setPendingIntent] = useState<Intent | null>(null);
  const [flagDialog, setFlagDialog] = useState<{ intent: Intent; error: ApiError } | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  const bodyHandle = useRef<FlagHighlightTextareaHandle | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const departments = useDepartmentOptions();
  const { tags: knownTags } = useKnowledgeTags();

  const [create] = useMutation(CreateKnowledgePostDocument);
  const [update] = useMutation(UpdateKnowledgePostDocument);
  const [publish] = useMutation(PublishKnowledgePostDocument);

  // Live content check over what publishing checks: title, tags and body.
  const combined = useMemo(
    () => checkedText(values.title, values.tags, values.body),
    [values.title, values.tags, values.body],
  );
  const check = useContentCheck(combined.text);
  const flags: LocatedFlag[] = useMemo(() => {
    const layout = checkedText(...splitChecked(check.checkedText));
    return check.flags.map((flag) => layout.locate(flag));
  }, [check.flags, check.checkedText]);
  const current = check.checkedText === combined.text;
  const bodyRanges = useMemo(
    () =>
      current
        ? flags
            .filter((flag) => flag.area === 'body')
            .map((flag) => ({ start: flag.localStart, end: flag.localEnd }))
        : [],
    [flags, current],
  );

  const dirty = !sameValues(values, saved);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && busy === null && currentLocation.pathname !== nextLocation.pathname,
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

  const selectFlag = (flag: LocatedFlag) => {
    if (flag.area === 'body') {
      bodyHandle.current?.select({ start: flag.localStart, end: flag.localEnd });
    } else if (flag.area === 'title' && titleRef.current) {
      titleRef.current.focus();
      titleRef.current.setSelectionRange(flag.localStart, flag.localEnd);
    }
  };

  const input = () => ({
    title: values.title,
    bodyMarkdown: values.body,
    tags: values.tags,
    departmentId: values.departmentId,
  });

  /** Creates the draft once (a retry after a refusal reuses it) and returns its id. */
  const ensureSaved = async (): Promise<string> => {
    if (!postId) {
      const result = await create({ variables: { input: input() } });
      const created = result.data?.createKnowledgePost;
      if (!created) throw new Error('No post returned');
      setPostId(created.id);
      setStatus(created.status);
      setSaved(values);
      return created.id;
    }
    return postId;
  };

  const run = async (intent: Intent, confirmFlags = false) => {
    setError(null);
    setBusy(intent);
    try {
      if (intent === 'saveDraft') {
        const id = await ensureSaved();
        if (postId && dirty) {
          await update({ variables: { id, input: input() } });
          setSaved(values);
        }
        toast.show('success', t('knowledge.editor.draftSaved'));
        if (!props.post) void navigate(`/knowledge/${id}/edit`, { replace: true });
      } else if (intent === 'saveChanges') {
        if (!postId) return;
        await update({ variables: { id: postId, input: input(), confirmFlags } });
        setSaved(values);
        setFlagDialog(null);
        toast.show('success', t('knowledge.editor.updated'));
        void navigate(`/knowledge/${postId}`);
      } else {
        // An existing draft is saved first when it changed (a confirmed retry changes nothing).
        const id = await ensureSaved();
        if (postId && dirty) {
          await update({ variables: { id, input: input() } });
          setSaved(values);
        }
        await publish({ variables: { id, confirmFlags } });
        setStatus('PUBLISHED');
        setFlagDialog(null);
        toast.show('success', t('knowledge.editor.published'));
        void navigate(`/knowledge/${id}`);
      }
    } catch (caught) {
      const apiError = toApiError(caught);
      if (isContentCheckError(apiError)) {
        setFlagDialog({ intent, error: apiError });
      } else {
        setFlagDialog(null);
        setError(apiError);
      }
    } finally {
      setBusy(null);
      setPendingIntent(null);
    }
  };

  const published = status === 'PUBLISHED';
  const tagSuggestions = knownTags.map(({ tag }) => tag);

  return (
    <Stack gap="md">
      <TextInput
        ref={titleRef}
        label={t('knowledge.editor.title')}
        placeholder={t('knowledge.editor.titlePlaceholder')}
        value={values.title}
        onChange={(event) => {
          const title = event.currentTarget.value;
          setValues((previous) => ({ ...previous, title }));
        }}
        required
        maxLength={200}
        size="md"
        error={byField.title ? fieldText(byField.title) : undefined}
        data-testid="knowledge-title-input"
      />
      <Group align="flex-start" gap="md" wrap="wrap">
        <TagsInput
          label={t('knowledge.editor.tags')}
          description={t('knowledge.editor.tagsHint', { max: MAX_TAGS })}
          placeholder={
            values.tags.length < MAX_TAGS ? t('knowledge.editor.tagsPlaceholder') : undefined
          }
          value={values.tags}
          onChange={(tags) => setValues((previous) => ({ ...previous, tags }))}
          data={tagSuggestions}
          maxTags={MAX_TAGS}
          splitChars={[',', '、', '，']}
          clearable
          error={byField.tags ? fieldText(byField.tags) : undefined}
          style={{ flex: '2 1 320px' }}
          data-testid="knowledge-tags-input"
        />
        <Select
          label={t('knowledge.editor.department')}
          description={t('knowledge.editor.departmentHint')}
          placeholder={t('knowledge.editor.noDepartment')}
          data={departments.options}
          value={values.departmentId}
          onChange={(departmentId) => setValues((previous) => ({ ...previous, departmentId }))}
          searchable
          clearable
          error={byField.departmentId ? fieldText(byField.departmentId) : undefined}
          style={{ flex: '1 1 220px' }}
        />
      </Group>

      <ContentFlagList flags={current ? flags : []} onSelect={selectFlag} />

      <MarkdownEditor
        value={values.body}
        onChange={(body) => setValues((previous) => ({ ...previous, body }))}
        flagRanges={bodyRanges}
        error={byField.bodyMarkdown ? fieldText(byField.bodyMarkdown) : undefined}
        handleRef={bodyHandle}
      />

      <ErrorAlert
        error={error && !isContentCheckError(error) ? error : null}
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
              ? t('knowledge.editor.checking')
              : current && flags.length > 0
                ? t('knowledge.editor.flagsFound', { n: flags.length })
                : dirty
                  ? t('knowledge.editor.unsaved')
                  : published
                    ? t('knowledge.editor.publishedNote')
                    : postId
                      ? t('knowledge.editor.savedDraft')
                      : t('knowledge.editor.newNote')}
          </Text>
          <Group gap="xs" wrap="wrap" justify="flex-end">
            <Button
              variant="default"
              onClick={() => void navigate(postId ? `/knowledge/${postId}` : '/knowledge')}
            >
              {t('common.cancel')}
            </Button>
            {published ? (
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={() => void run('saveChanges')}
                loading={busy === 'saveChanges'}
                disabled={busy !== null || !dirty}
              >
                {t('knowledge.editor.saveChanges')}
              </Button>
            ) : (
              <>
                <Button
                  variant="light"
                  leftSection={<IconDeviceFloppy size={16} />}
                  onClick={() => void run('saveDraft')}
                  loading={busy === 'saveDraft'}
                  disabled={busy !== null}
                >
                  {t('knowledge.editor.saveDraft')}
                </Button>
                <Button
                  leftSection={<IconSend size={16} />}
                  onClick={() => void run('publish')}
                  loading={busy === 'publish'}
                  disabled={busy !== null}
                >
                  {t('knowledge.editor.publish')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Card>

      <ContentFlagsDialog
        opened={flagDialog !== null}
        flags={current ? flags : []}
        serverError={flagDialog?.error ?? null}
        confirming={pendingIntent !== null}
        confirmLabel={
          flagDialog?.intent === 'saveChanges'
            ? t('guideline.flags.confirmSave')
            : t('guideline.flags.confirmPublish')
        }
        onFix={(flag) => {
          setFlagDialog(null);
          const target = flag ?? (current ? flags[0] : undefined);
          if (target) requestAnimationFrame(() => selectFlag(target));
        }}
        onConfirm={() => {
          if (!flagDialog) return;
          setPendingIntent(flagDialog.intent);
          void run(flagDialog.intent, true);
        }}
      />

      <ConfirmDialog
        opened={blocker.state === 'blocked'}
        title={t('knowledge.editor.leaveTitle')}
        message={t('knowledge.editor.leaveBody')}
        confirmLabel={t('knowledge.editor.leave')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </Stack>
  );
}

/** Splits checked text back into title, tags and body (the inverse of checkedText). */
function splitChecked(text: string): [string, string[], string] {
  const firstBreak = text.indexOf('\n');
  const secondBreak = firstBreak < 0 ? -1 : text.indexOf('\n', firstBreak + 1);
  if (firstBreak < 0 || secondBreak < 0) return [text, [], ''];
  const tagsText = text.slice(firstBreak + 1, secondBreak);
  return [
    text.slice(0, firstBreak),
    tagsText ? tagsText.split(' ') : [],
    text.slice(secondBreak + 1),
  ];
}
