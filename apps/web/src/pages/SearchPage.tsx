import {
  Button,
  Card,
  Center,
  Chip,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconSearch, IconZoomQuestion } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDepartmentOptions } from '../features/knowledge/hooks/useDepartmentOptions';
import { useKnowledgeTags } from '../features/knowledge/hooks/useKnowledgeTags';
import { SearchHitCard } from '../features/search/components/SearchHitCard';
import { SearchInput } from '../features/search/components/SearchInput';
import { useSearch } from '../features/search/hooks/useSearch';
import {
  SEARCH_DOC_TYPES,
  type SearchState,
  readSearchParams,
  writeSearchParams,
} from '../features/search/lib/search-params';
import type { SearchDocType } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { PageHeader } from '../shared/ui/PageHeader';

/** 検索: one box over knowledge posts, templates and success stories, with filters. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchParams(params), [params]);
  const search = useSearch(state);
  const departments = useDepartmentOptions();
  const { tags } = useKnowledgeTags();

  const update = (patch: Partial<SearchState>, replace = false) =>
    setParams(writeSearchParams({ ...state, ...patch }), { replace });

  const tagOptions = useMemo(() => {
    const values = tags.map(({ tag, count }) => ({ value: tag, label: `${tag} (${count})` }));
    if (state.tag && !tags.some(({ tag }) => tag === state.tag)) {
      values.unshift({ value: state.tag, label: state.tag });
    }
    return values;
  }, [tags, state.tag]);

  const filtered = state.types.length > 0 || state.tag !== null || state.departmentId !== null;
  const query = state.query.trim();

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('search.title')} description={t('search.intro')} />

      <Stack gap="sm">
        <SearchInput
          initialValue={state.query}
          inputId="search-page-input"
          size="md"
          autoFocus={!query}
          onSearch={(value) => update({ query: value })}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={4} style={{ flex: '1 1 100%' }}>
            <Text size="sm" fw={500} id="search-type-label">
              {t('search.filters.type')}
            </Text>
            <Chip.Group
              multiple
              value={state.types}
              onChange={(value) => update({ types: value as SearchDocType[] }, true)}
            >
              <Group gap={6} role="group" aria-labelledby="search-type-label">
                {SEARCH_DOC_TYPES.map((type) => (
                  <Chip key={type} value={type} size="sm" variant="light">
                    {t(`search.types.${type}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          <Select
            label={t('search.filters.tag')}
            placeholder={t('search.filters.any')}
            data={tagOptions}
            value={state.tag}
            onChange={(value) => update({ tag: value }, true)}
            searchable
            clearable
            nothingFoundMessage={t('search.filters.noTags')}
            style={{ flex: '1 1 200px' }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('search.filters.department')}
            placeholder={t('search.filters.any')}
            data={departments.options}
            value={state.departmentId}
            onChange={(value) => update({ departmentId: value }, true)}
            searchable
            clearable
            style={{ flex: '1 1 200px' }}
          />
          {filtered ? (
            <Button
              variant="subtle"
              onClick={() => update({ types: [], tag: null, departmentId: null }, true)}
            >
              {t('search.filters.clear')}
            </Button>
          ) : null}
        </Group>
      </Stack>

      {search.error ? <ErrorAlert error={toApiError(search.error)} /> : null}

      {!query ? (
        <Card withBorder radius="lg" padding="xl">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" aria-hidden="true">
              <IconSearch size={24} />
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} fz="lg">
                {t('search.startTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('search.startHint')}
              </Text>
            </Stack>
          </Group>
        </Card>
      ) : !search.loaded ? (
        search.error ? null : (
          <Center py="xl" role="status" aria-live="polite">
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('search.searching')}
              </Text>
            </Group>
          </Center>
        )
      ) : search.hits.length === 0 ? (
        <Card withBorder radius="lg" padding="xl" data-testid="search-empty">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden="true">
              <IconZoomQuestion size={24} />
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} fz="lg">
                {t('search.emptyTitle', { query })}
              </Title>
              <Text size="sm" c="dimmed">
                {filtered ? t('search.emptyFilteredHint') : t('search.emptyHint')}
              </Text>
            </Stack>
          </Group>
        </Card>
      ) : (
        <Stack gap="sm" aria-busy={search.searching}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" role="status" data-testid="search-count">
              {t('search.resultCount', { n: search.totalCount, query })}
            </Text>
            {search.searching ? <Loader size="xs" aria-label={t('search.searching')} /> : null}
          </Group>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none', opacity: search.searching ? 0.6 : 1 }}
            aria-label={t('search.resultsLabel')}
          >
            {search.hits.map((hit) => (
              <SearchHitCard
                key={`${hit.type}:${hit.id}`}
                hit={hit}
                onTag={(tag) => update({ tag })}
              />
            ))}
          </Stack>
          {search.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void search.loadMore()}
              loading={search.loadingMore}
              style={{ alignSelf: 'center' }}
            >
              {t('search.loadMore')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t('search.end')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
