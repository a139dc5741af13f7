import { Box, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewSegment } from '../lib/prompt-preview';

const base = {
  borderRadius: 3,
  padding: '0 2px',
  boxDecorationBreak: 'clone' as const,
  WebkitBoxDecorationBreak: 'clone' as const,
};

const styles = {
  value: {
    ...base,
    backgroundColor: 'var(--mantine-color-jade-0)',
    boxShadow: 'inset 0 -2px 0 var(--mantine-color-jade-4)',
  },
  default: {
    ...base,
    backgroundColor: 'var(--mantine-color-gray-1)',
    boxShadow: 'inset 0 -2px 0 var(--mantine-color-gray-4)',
  },
  missing: {
    ...base,
    backgroundColor: 'var(--mantine-color-orange-1)',
    color: 'var(--mantine-color-orange-9)',
    fontWeight: 700,
    outline: '1px dashed var(--mantine-color-orange-6)',
  },
};

/**
 * The filled prompt as it will be copied. What the member typed is tinted green, defaults grey,
 * and placeholders still without a value are marked 【name】 in orange.
 */
export function PromptPreview(props: { segments: readonly PreviewSegment[]; minHeight?: number }) {
  const { t } = useTranslation();
  return (
    <Box
      component="pre"
      data-testid="prompt-preview"
      aria-label={t('templates.use.previewLabel')}
      tabIndex={0}
      m={0}
      p="md"
      style={{
        minHeight: props.minHeight ?? 160,
        maxHeight: '60vh',
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        fontFamily: 'var(--mantine-font-family)',
        fontSize: 'var(--mantine-font-size-sm)',
        lineHeight: 1.8,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        backgroundColor: 'var(--mantine-color-body)',
      }}
    >
      {props.segments.map((segment, index) => {
        if (segment.kind === 'text') return <span key={index}>{segment.text}</span>;
        if (segment.kind === 'missing') {
          return (
            <Tooltip key={index} label={t('templates.use.missingTooltip', { name: segment.name })}>
              <mark style={styles.missing} data-testid="preview-missing" data-name={segment.name}>
                {segment.text}
              </mark>
            </Tooltip>
          );
        }
        return (
          <mark
            key={index}
            style={styles[segment.kind]}
            data-testid={`preview-${segment.kind}`}
            data-name={segment.name}
          >
            {segment.text}
          </mark>
        );
      })}
    </Box>
  );
}

/** The key to the colours in the preview. */
export function PromptPreviewLegend() {
  const { t } = useTranslation();
  return (
    <Text
      size="xs"
      c="dimmed"
      component="div"
      style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}
    >
      <span>
        <mark style={styles.value}>{t('templates.use.legendValue')}</mark>
      </span>
      <span>
        <mark style={styles.default}>{t('templates.use.legendDefault')}</mark>
      </span>
      <span>
        <mark style={styles.missing}>{t('templates.use.legendMissing')}</mark>
      </span>
    </Text>
  );
}
