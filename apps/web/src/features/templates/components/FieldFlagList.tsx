import { Alert, Badge, Group, List, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldFlag } from '../lib/content-areas';

/**
 * What the content check found, per form field: the matched text, why, and (clicking it) where.
 * Used by the template editor and the story form.
 */
export function FieldFlagList<F extends string>(props: {
  flags: readonly FieldFlag<F>[];
  fieldLabel: (field: F) => string;
  onSelect?: (flag: FieldFlag<F>) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (props.flags.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      radius="md"
      icon={<IconAlertTriangle size={18} />}
      title={t('templates.flags.title', { n: props.flags.length })}
      data-testid="content-flags"
    >
      <Stack gap={6}>
        {props.compact ? null : (
          <Text size="xs" c="dimmed">
            {t('templates.flags.intro')}
          </Text>
        )}
        <List
          spacing={4}
          size="sm"
          listStyleType="none"
          styles={{ root: { paddingInlineStart: 0 } }}
        >
          {props.flags.map((flag, index) => (
            <List.Item key={`${flag.field}-${flag.start}-${index}`} data-testid="content-flag">
              <UnstyledButton
                onClick={() => props.onSelect?.(flag)}
                disabled={!props.onSelect}
                style={{ textAlign: 'start', width: '100%' }}
                aria-label={t('templates.flags.select', {
                  field: props.fieldLabel(flag.field),
                  match: flag.match,
                })}
              >
                <Group gap={6} wrap="wrap" align="baseline">
                  <Badge size="xs" color="orange" variant="filled" radius="sm">
                    {props.fieldLabel(flag.field)}
                  </Badge>
                  <Text
                    component="mark"
                    size="sm"
                    fw={600}
                    px={4}
                    style={{
                      backgroundColor: 'var(--mantine-color-orange-2)',
                      borderRadius: 3,
                      wordBreak: 'break-all',
                    }}
                  >
                    {flag.match}
                  </Text>
                  <Text size="sm" span>
                    {flag.message}
                  </Text>
                </Group>
              </UnstyledButton>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
