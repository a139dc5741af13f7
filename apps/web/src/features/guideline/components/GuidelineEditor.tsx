import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconBan, IconChecklist, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AcknowledgeGuidelineDocument,
  type GuidelineFieldsFragment,
  PublishGuidelineDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import {
  GUIDELINE_SECTION_KEYS,
  GUIDELINE_SECTION_MAX_LENGTH,
  type GuidelineContent,
  type GuidelineSectionKey,
  SECTION_COLORS,
} from '../lib/sections';
import { GuidelineSections } from './GuidelineSections';

const ICONS: Record<GuidelineSectionKey, ReactNode> = {
  recommendedUses: <IconCircleCheck size={16} />,
  neverInput: <IconBan size={16} />,
  finalCheck: <IconChecklist size={16} />,
};

/** Admin: edit the three sections and publish them as a new version. */
export function GuidelineEditor(props: { current: GuidelineFieldsFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const { current } = props;
  const [values, setValues] = useState<GuidelineContent>({
    recommendedUses: current.recommendedUses,
    neverInput: current.neverInput,
    finalCheck: current.finalCheck,
  });
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [publish, { loading }] = useMutation(PublishGuidelineDocument);
  const [acknowledge] = useMutation(AcknowledgeGuidelineDocument);

  const changed = GUIDELINE_SECTION_KEYS.some((key) => values[key].trim() !== current[key].trim());
  const { byField, other } = splitFieldErrors(error, GUIDELINE_SECTION_KEYS);

  const submit = async () => {
    setError(null);
    try {
      const result = await publish({ variables: { input: values } });
      setConfirming(false);
      const version = result.data?.publishGuideline.version ?? current.version + 1;
      toast.show('success', t('guideline.admin.published', { version }));
      // Whoever published a version has read it: no banner asking them to acknowledge it.
      await acknowledge({ variables: { version } }).catch(() => undefined);
    } catch (caught) {
      setConfirming(false);
      setError(toApiError(caught));
    }
  };

  const missing = GUIDELINE_SECTION_KEYS.filter((key) => values[key].trim() === '');

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs">
          <Badge variant="light" size="lg" radius="sm" data-testid="guideline-admin-version">
            {current.version === 0
              ? t('guideline.admin.noVersion')
              : t('guideline.version', { version: current.version })}
          </Badge>
          {changed ? (
            <Badge color="orange" variant="light" radius="sm">
              {t('guideline.admin.unsaved')}
            </Badge>
          ) : null}
        </Group>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as 'edit' | 'preview')}
          data={[
            { value: 'edit', label: t('guideline.admin.editTab') },
            { value: 'preview', label: t('guideline.admin.previewTab') },
          ]}
          aria-label={t('guideline.admin.modeLabel')}
        />
      </Group>

      {mode === 'preview' ? (
        <GuidelineSections content={values} />
      ) : (
        <Stack gap="md">
          {GUIDELINE_SECTION_KEYS.map((key) => {
            const fieldError = byField[key];
            return (
              <Card
                key={key}
                withBorder
                radius="lg"
                padding="md"
                style={{ borderLeft: `4px solid var(--mantine-color-${SECTION_COLORS[key]}-6)` }}
              >
                <Textarea
                  label={
                    <Group gap={6} component="span" wrap="nowrap">
                      <ThemeIcon
                        component="span"
                        color={SECTION_COLORS[key]}
                        size={22}
                        radius="xl"
                        aria-hidden="true"
                      >
                        {ICONS[key]}
                      </ThemeIcon>
                      <span>{t(`guideline.sections.${key}.title`)}</span>
                    </Group>
                  }
                  description={t(`guideline.admin.hints.${key}`)}
                  value={values[key]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setValues((previous) => ({ ...previous, [key]: value }));
                  }}
                  autosize
                  minRows={5}
                  maxRows={16}
                  error={fieldError ? fieldText(fieldError) : undefined}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  data-testid={`guideline-input-${key}`}
                />
                <Text
                  size="xs"
                  c={values[key].length > GUIDELINE_SECTION_MAX_LENGTH ? 'red' : 'dimmed'}
                  ta="right"
                  mt={4}
                >
                  {t('guideline.admin.length', {
                    n: values[key].length,
                    max: GUIDELINE_SECTION_MAX_LENGTH,
                  })}
                </Text>
              </Card>
            );
          })}
          <Text size="xs" c="dimmed">
            {t('guideline.admin.markdownHint')}
          </Text>
        </Stack>
      )}

      <ErrorAlert error={error} unplacedFields={other} />

      <Group justify="flex-end">
        <Button
          leftSection={<IconSend size={16} />}
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
          disabled={!changed || missing.length > 0}
        >
          {t('guideline.admin.publish')}
        </Button>
      </Group>
      {missing.length > 0 && changed ? (
        <Text size="xs" c="dimmed" ta="right">
          {t('guideline.admin.fillAll')}
        </Text>
      ) : null}

      <ConfirmDialog
        opened={confirming}
        title={t('guideline.admin.confirmTitle')}
        message={t('guideline.admin.confirmBody', { version: current.version + 1 })}
        confirmLabel={t('guideline.admin.publish')}
        loading={loading}
        onConfirm={() => void submit()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
