import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertTriangle, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RecordTemplateReuseDocument,
  type TemplateDetailFieldsFragment,
} from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { useToast } from '../../../shared/ui/Toasts';
import { copyText } from '../lib/clipboard';
import { newIdempotencyKey } from '../lib/idempotency';
import { buildPreview, isLongPlaceholder, parseBody } from '../lib/prompt-preview';
import { PromptPreview, PromptPreviewLegend } from './PromptPreview';

type Values = Record<string, string>;

function initialValues(template: TemplateDetailFieldsFragment): Values {
  return Object.fromEntries(
    template.placeholders.map((placeholder) => [placeholder.name, placeholder.defaultValue ?? '']),
  );
}

/** Network hiccups are retried with the same key: the API then counts the copy once. */
const RECORD_ATTEMPTS = 3;

/**
 * The "use" screen: one input per placeholder, the filled prompt previewed live, and a big
 * copy button. Copying a published template records a reuse (the author earns points when a
 * colleague uses it).
 */
export function TemplateUsePanel({ template }: { template: TemplateDetailFieldsFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [values, setValues] = useState<Values>(() => initialValues(template));
  const [copying, setCopying] = useState(false);
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const [record] = useMutation(RecordTemplateReuseDocument);

  const parsed = useMemo(() => parseBody(template.body), [template.body]);
  const preview = useMemo(
    () => (parsed.ok ? buildPreview(parsed.parsed, values) : null),
    [parsed, values],
  );
  const filled = preview?.filled ?? template.body;
  const published = template.status === 'PUBLISHED';

  const recordReuse = async (idempotencyKey: string) => {
    const sent = template.placeholders
      .map((placeholder) => ({ name: placeholder.name, value: values[placeholder.name] ?? '' }))
      .filter((value) => value.value.trim() !== '');
    for (let attempt = 1; ; attempt++) {
      try {
        await record({
          variables: { templateId: template.id, idempotencyKey, values: sent },
          update(cache, result) {
            const answer = result.data?.recordTemplateReuse;
            if (!answer) return;
            cache.modify({
              id: cache.identify({ __typename: 'PromptTemplate', id: template.id }),
              fields: {
                reuseCount: () => answer.reuseCount,
                colleagueCount: () => answer.colleagueCount,
              },
            });
          },
        });
        return;
      } catch (caught) {
        if (toApiError(caught).kind !== 'network' || attempt >= RECORD_ATTEMPTS) throw caught;
        await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
      }
    }
  };

  const copy = async () => {
    // One key per click: a double click is two uses, a retried request is one.
    const idempotencyKey = newIdempotencyKey();
    const text = filled;
    setCopying(true);
    try {
      try {
        await copyText(text);
      } catch {
        toast.show('error', t('templates.use.copyFailed'));
        return;
      }
      setCopiedText(text);
      if (!published) {
        toast.show('success', t('templates.use.copiedDraft'));
        return;
      }
      try {
        await recordReuse(idempotencyKey);
        toast.show('success', t('templates.use.copied'));
      } catch {
        // The prompt is on the clipboard; only the count failed.
        toast.show('error', t('templates.use.copiedNotRecorded'));
      }
    } finally {
      setCopying(false);
    }
  };

  const missing = preview?.missing ?? [];
  const copiedCurrent = copiedText !== null && copiedText === filled;

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="template-use-heading"
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="lg" id="template-use-heading">
            {t('templates.use.heading')}
          </Title>
          {template.placeholders.length > 0 ? (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconRefresh size={14} />}
              onClick={() => setValues(initialValues(template))}
            >
              {t('templates.use.reset')}
            </Button>
          ) : null}
        </Group>
        {!published ? (
          <Alert color="yellow" variant="light" radius="md">
            {t('templates.use.notPublishedNote')}
          </Alert>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: template.placeholders.length > 0 ? 5 : 12 }}>
            {template.placeholders.length > 0 ? (
              <Stack gap="sm" data-testid="placeholder-inputs">
                <Text size="sm" c="dimmed">
                  {t('templates.use.fillIntro', { n: template.placeholders.length })}
                </Text>
                {template.placeholders.map((placeholder, index) => {
                  const common = {
                    label: placeholder.name,
                    placeholder: placeholder.hint ?? undefined,
                    description: placeholder.defaultValue
                      ? t('templates.use.defaultNote', { value: placeholder.defaultValue })
                      : undefined,
                    value: values[placeholder.name] ?? '',
                    'data-testid': `placeholder-input-${index}`,
                  };
                  const set = (value: string) =>
                    setValues((previous) => ({ ...previous, [placeholder.name]: value }));
                  return isLongPlaceholder(placeholder) ? (
                    <Textarea
                      key={placeholder.name}
                      {...common}
                      autosize
                      minRows={4}
                      maxRows={14}
                      onChange={(event) => set(event.currentTarget.value)}
                    />
                  ) : (
                    <TextInput
                      key={placeholder.name}
                      {...common}
                      onChange={(event) => set(event.currentTarget.value)}
                    />
                  );
                })}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('templates.use.noPlaceholders')}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: template.placeholders.length > 0 ? 7 : 12 }}>
            <Stack gap="xs" style={{ position: 'sticky', top: 76 }}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" fw={600} id="template-preview-heading">
                  {t('templates.use.preview')}
                </Text>
                <PromptPreviewLegend />
              </Group>
              {preview ? (
                <PromptPreview segments={preview.segments} />
              ) : (
                <PromptPreview segments={[{ kind: 'text', text: template.body }]} />
              )}
              {missing.length > 0 ? (
                <Text size="sm" c="orange.9" role="status" data-testid="missing-note">
                  <IconAlertTriangle
                    size={14}
                    aria-hidden="true"
                    style={{ verticalAlign: 'middle', marginInlineEnd: 4 }}
                  />
                  {t('templates.use.missing', { n: missing.length, names: missing.join('、') })}
                </Text>
              ) : null}
              <Button
                size="lg"
                fullWidth
                leftSection={copiedCurrent ? <IconCheck size={20} /> : <IconCopy size={20} />}
                onClick={() => void copy()}
                loading={copying}
                data-testid="copy-prompt"
              >
                {copiedCurrent ? t('templates.use.copyAgain') : t('templates.use.copy')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('templates.use.copyNote')}
              </Text>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}
