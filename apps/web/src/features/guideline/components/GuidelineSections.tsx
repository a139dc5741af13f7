import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBan, IconChecklist, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '../../content/components/MarkdownView';
import {
  GUIDELINE_SECTION_KEYS,
  type GuidelineContent,
  type GuidelineSectionKey,
  SECTION_COLORS,
} from '../lib/sections';

const ICONS: Record<GuidelineSectionKey, ReactNode> = {
  recommendedUses: <IconCircleCheck size={22} />,
  neverInput: <IconBan size={22} />,
  finalCheck: <IconChecklist size={22} />,
};

/** The one-page guideline: 推奨用途 (green), 入力禁止 (red), 最終チェック (blue). */
export function GuidelineSections(props: {
  content: GuidelineContent;
  /** Three columns on wide screens (the page); one column in a dialog. */
  columns?: 1 | 3;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  const columns = props.columns ?? 3;
  return (
    <SimpleGrid cols={{ base: 1, md: columns }} spacing="md">
      {GUIDELINE_SECTION_KEYS.map((key) => {
        const color = SECTION_COLORS[key];
        return (
          <Card
            key={key}
            withBorder
            radius="lg"
            padding="lg"
            component="section"
            aria-labelledby={`guideline-${key}-heading`}
            data-testid={`guideline-section-${key}`}
            style={{
              borderTop: `4px solid var(--mantine-color-${color}-6)`,
              backgroundColor: `var(--mantine-color-${color}-0)`,
            }}
          >
            <Stack gap="sm">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon color={color} variant="filled" radius="xl" size={38} aria-hidden="true">
                  {ICONS[key]}
                </ThemeIcon>
                <Stack gap={0}>
                  <Title
                    order={props.headingOrder ?? 2}
                    fz="lg"
                    c={`${color}.9`}
                    id={`guideline-${key}-heading`}
                  >
                    {t(`guideline.sections.${key}.title`)}
                  </Title>
                  <Text size="xs" c={`${color}.9`}>
                    {t(`guideline.sections.${key}.subtitle`)}
                  </Text>
                </Stack>
              </Group>
              <MarkdownView
                fz="sm"
                empty={
                  <Text size="sm" c="dimmed">
                    {t('guideline.sectionEmpty')}
                  </Text>
                }
              >
                {props.content[key]}
              </MarkdownView>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
