import { Anchor, Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBook2, IconBulb, IconTemplate } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchDocType, SearchQuery } from '../../../generated/graphql';
import { searchHitPath } from '../lib/search-params';
import { HighlightedText } from './HighlightedText';

export type SearchHitView = SearchQuery['search']['hits'][number];

export const TYPE_COLORS: Record<SearchDocType, string> = {
  KNOWLEDGE_POST: 'jade',
  TEMPLATE: 'violet',
  STORY: 'orange',
};

const TYPE_ICONS: Record<SearchDocType, ReactNode> = {
  KNOWLEDGE_POST: <IconBook2 size={12} />,
  TEMPLATE: <IconTemplate size={12} />,
  STORY: <IconBulb size={12} />,
};

export function SearchHitCard(props: { hit: SearchHitView; onTag: (tag: string) => void }) {
  const { t } = useTranslation();
  const { hit } = props;
  return (
    <Card withBorder radius="md" padding="md" component="li" data-testid="search-hit">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge
            color={TYPE_COLORS[hit.type]}
            variant="light"
            radius="sm"
            leftSection={TYPE_ICONS[hit.type]}
            data-testid="search-hit-type"
          >
            {t(`search.types.${hit.type}`)}
          </Badge>
        </Group>
        <Anchor
          component={Link}
          to={searchHitPath(hit.type, hit.id)}
          fw={700}
          fz="md"
          c="var(--mantine-color-text)"
          data-testid="search-hit-title"
        >
          <HighlightedText text={hit.title} highlights={hit.titleHighlights} />
        </Anchor>
        {hit.snippet.text && hit.snippet.text !== hit.title ? (
          <Text size="sm" c="dimmed" lh={1.7} data-testid="search-hit-snippet">
            <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
          </Text>
        ) : null}
        {hit.tags.length > 0 ? (
          <Group gap={6} wrap="wrap" aria-label={t('search.tags')}>
            {hit.tags.map((tag) => (
              <UnstyledButton
                key={tag}
                onClick={() => props.onTag(tag)}
                aria-label={t('search.filterByTag', { tag })}
              >
                <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                  #{tag}
                </Badge>
              </UnstyledButton>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
