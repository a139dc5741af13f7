import { Alert, Badge, Group, List, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocatedFlag } from '../lib/content-flags';

/**
 * The content check's findings: what matched, why it is flagged, where. Clicking a finding
 * selects the matched text in the editor.
 */
export function ContentFlagList(props: {
  flags: readonly LocatedFlag[];
  onSelect?: (flag: LocatedFlag) => void;
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
      title={t('guideline.flags.title', { n: props.flags.length })}
      data-testid="content-flags"
    >
      <Stack gap={6}>
        {props.compact ? null : (
          <Text size="xs" c="dimmed">
            {t('guideline.flags.intro')}
          </Text>
        )}
        <List
          spacing={4}
          size="sm"
          listStyleType="none"
          styles={{ root: { paddingInlineStart: 0 } }}
        >
          {props.flags.map((flag, index) => (
            <List.Item key={`${flag.area}-${flag.start}-${index}`} data-testid="content-flag">
              <UnstyledButton
                onClick={() => props.onSelect?.(flag)}
                disabled={!props.onSelect}
                style={{ textAlign: 'start', width: '100%' }}
                aria-label={t('guideline.flags.select', { match: flag.match })}
              >
                <Group gap={6} wrap="wrap" align="baseline">
                  <Badge size="xs" color="orange" variant="filled" radius="sm">
                    {t(`guideline.flags.areas.${flag.area}`)}
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
