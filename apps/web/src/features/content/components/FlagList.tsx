import { Alert, Badge, Group, List, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

type Flag = { start: number; match: string; message: string };

/**
 * The content check's findings: a tag for where (area or form field), the matched text, why it
 * is flagged. Clicking a finding hands it to `onSelect` (the editor selects the matched text).
 */
export function FlagList<T extends Flag>(props: {
  flags: readonly T[];
  /** The tag shown before the match: the area or field the finding is in. */
  place: (flag: T) => string;
  title: string;
  intro: string;
  selectLabel: (flag: T) => string;
  onSelect?: (flag: T) => void;
  compact?: boolean;
}) {
  if (props.flags.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      radius="md"
      icon={<IconAlertTriangle size={18} />}
      title={props.title}
      data-testid="content-flags"
    >
      <Stack gap={6}>
        {props.compact ? null : (
          <Text size="xs" c="dimmed">
            {props.intro}
          </Text>
        )}
        <List
          spacing={4}
          size="sm"
          listStyleType="none"
          styles={{ root: { paddingInlineStart: 0 } }}
        >
          {props.flags.map((flag, index) => (
            <List.Item
              key={`${props.place(flag)}-${flag.start}-${index}`}
              data-testid="content-flag"
            >
              <UnstyledButton
                onClick={() => props.onSelect?.(flag)}
                disabled={!props.onSelect}
                style={{ textAlign: 'start', width: '100%' }}
                aria-label={props.selectLabel(flag)}
              >
                <Group gap={6} wrap="wrap" align="baseline">
                  <Badge size="xs" color="orange" variant="filled" radius="sm">
                    {props.place(flag)}
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
