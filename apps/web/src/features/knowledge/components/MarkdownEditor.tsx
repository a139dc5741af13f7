import {
  Alert,
  Box,
  Button,
  FileButton,
  Grid,
  Group,
  Input,
  Loader,
  Paper,
  Tabs,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconEye, IconPencil, IconPhotoPlus } from '@tabler/icons-react';
import {
  type ClipboardEvent,
  type DragEvent,
  type Ref,
  useDeferredValue,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { MarkdownView } from '../../content/components/MarkdownView';
import { useImageUpload } from '../hooks/useImageUpload';
import { IMAGE_TYPES } from '../lib/image-file';
import { imageMarkdown, insertBlockAt } from '../lib/markdown-insert';
import {
  type FlagHighlightTextareaHandle,
  type FlagRange,
  FlagHighlightTextarea,
} from './FlagHighlightTextarea';

function imageFiles(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((file) => file.type.startsWith('image/'));
}

/**
 * The post body: a Markdown textarea (flags of the content check painted in) with a live
 * preview — side by side on wide screens, as tabs on phones — and images added by paste,
 * drop or the upload button, inserted at the cursor as ![name](/uploads/<id>).
 */
export function MarkdownEditor(props: {
  value: string;
  onChange: (value: string) => void;
  flagRanges: readonly FlagRange[];
  error?: string;
  handleRef?: Ref<FlagHighlightTextareaHandle>;
}) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const wide = useMediaQuery('(min-width: 62em)');
  const [tab, setTab] = useState<string | null>('write');
  const preview = useDeferredValue(props.value);
  const localHandle = useRef<FlagHighlightTextareaHandle | null>(null);
  const images = useImageUpload();
  const latest = useRef(props.value);
  latest.current = props.value;

  const setHandle = (handle: FlagHighlightTextareaHandle | null) => {
    localHandle.current = handle;
    const ref = props.handleRef;
    if (typeof ref === 'function') ref(handle);
    else if (ref) (ref as { current: FlagHighlightTextareaHandle | null }).current = handle;
  };

  const addImages = async (files: File[]) => {
    for (const file of files) {
      const uploaded = await images.uploadImage(file);
      if (!uploaded) continue;
      const textarea = localHandle.current?.textarea;
      const value = latest.current;
      const start = textarea?.selectionStart ?? value.length;
      const end = textarea?.selectionEnd ?? value.length;
      const edit = insertBlockAt(value, start, end, imageMarkdown(uploaded.fileName, uploaded.url));
      latest.current = edit.value;
      props.onChange(edit.value);
      requestAnimationFrame(() => {
        const current = localHandle.current?.textarea;
        if (current) {
          current.focus();
          current.setSelectionRange(edit.selectionStart, edit.selectionEnd);
        }
      });
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = imageFiles(event.clipboardData?.files);
    if (files.length === 0) return;
    event.preventDefault();
    void addImages(files);
  };

  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    const files = imageFiles(event.dataTransfer?.files);
    if (files.length === 0) return;
    event.preventDefault();
    const textarea = event.currentTarget;
    // Put the cursor where the file was dropped (Chromium and Safari).
    const caret = (
      document as Document & {
        caretRangeFromPoint?: (x: number, y: number) => Range | null;
      }
    ).caretRangeFromPoint?.(event.clientX, event.clientY);
    if (caret && caret.startContainer === textarea) {
      textarea.setSelectionRange(caret.startOffset, caret.startOffset);
    }
    void addImages(files);
  };

  const problemText = (() => {
    const problem = images.problem;
    if (!problem) return null;
    if (problem.kind === 'file') {
      return t(`knowledge.editor.image.${problem.problem}`, { name: problem.fileName });
    }
    return t('knowledge.editor.image.failed', {
      name: problem.fileName,
      reason: errorText(problem.error),
    });
  })();

  const toolbar = (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Group gap="xs">
        <FileButton
          onChange={(files) => void addImages(files)}
          accept={IMAGE_TYPES.join(',')}
          multiple
        >
          {(buttonProps) => (
            <Button
              {...buttonProps}
              size="xs"
              variant="light"
              leftSection={<IconPhotoPlus size={16} />}
              loading={images.uploading}
            >
              {t('knowledge.editor.image.add')}
            </Button>
          )}
        </FileButton>
        {images.uploading ? (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="xs" c="dimmed">
              {t('knowledge.editor.image.uploading')}
            </Text>
          </Group>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t('knowledge.editor.image.hint')}
      </Text>
    </Group>
  );

  const editor = (
    <FlagHighlightTextarea
      id="knowledge-body"
      value={props.value}
      onChange={props.onChange}
      ranges={props.flagRanges}
      minHeight={wide ? 460 : 320}
      invalid={Boolean(props.error)}
      describedBy="knowledge-body-help"
      placeholder={t('knowledge.editor.bodyPlaceholder')}
      onPaste={onPaste}
      onDrop={onDrop}
      handleRef={setHandle}
      testId="knowledge-body-input"
    />
  );

  const previewPane = (
    <Paper
      withBorder
      radius="md"
      p="md"
      mih={wide ? 460 : 320}
      style={{ overflow: 'auto', maxHeight: wide ? 720 : undefined }}
      aria-label={t('knowledge.editor.preview')}
      data-testid="knowledge-preview"
    >
      <MarkdownView
        empty={
          <Text size="sm" c="dimmed">
            {t('knowledge.editor.previewEmpty')}
          </Text>
        }
      >
        {preview}
      </MarkdownView>
    </Paper>
  );

  return (
    <Input.Wrapper
      label={t('knowledge.editor.body')}
      labelProps={{ htmlFor: 'knowledge-body' }}
      required
      error={props.error}
      description={t('knowledge.editor.bodyHint')}
      id="knowledge-body-wrapper"
      descriptionProps={{ id: 'knowledge-body-help' }}
    >
      <Box mt={6}>
        {toolbar}
        {problemText ? (
          <Alert
            color="red"
            variant="light"
            mt="xs"
            withCloseButton
            onClose={images.clearProblem}
            closeButtonLabel={t('common.close')}
            role="alert"
          >
            {problemText}
          </Alert>
        ) : null}
        <Box mt="xs">
          {wide ? (
            <Grid gap="md">
              <Grid.Col span={6}>
                <Text size="xs" fw={600} c="dimmed" mb={4}>
                  {t('knowledge.editor.write')}
                </Text>
                {editor}
              </Grid.Col>
              <Grid.Col span={6}>
                <Text size="xs" fw={600} c="dimmed" mb={4}>
                  {t('knowledge.editor.preview')}
                </Text>
                {previewPane}
              </Grid.Col>
            </Grid>
          ) : (
            <Tabs value={tab} onChange={setTab} keepMounted>
              <Tabs.List mb="xs">
                <Tabs.Tab value="write" leftSection={<IconPencil size={14} />}>
                  {t('knowledge.editor.write')}
                </Tabs.Tab>
                <Tabs.Tab value="preview" leftSection={<IconEye size={14} />}>
                  {t('knowledge.editor.preview')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write">{editor}</Tabs.Panel>
              <Tabs.Panel value="preview">{previewPane}</Tabs.Panel>
            </Tabs>
          )}
        </Box>
      </Box>
    </Input.Wrapper>
  );
}
