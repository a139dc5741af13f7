import {
  Button,
  Card,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconBook2, IconPencilPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { KnowledgeCard } from '../features/knowledge/components/KnowledgeCard';
import { useDepartmentOptions } from '../features/knowledge/hooks/useDepartmentOptions';
import { useKnowledgePosts } from '../features/knowledge/hooks/useKnowledgePosts';
import { useKnowledgeTags } from '../features/knowledge/hooks/useKnowledgeTags';
import {
  LIST_STATUSES,
  type ListFilterState,
  hasNarrowingFilter,
  readListFilter,
  toPostFilter,
  writeListFilter,
} from '../features/knowledge/lib/list-filter';
import type { KnowledgePostStatus } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { PageHeader } from '../shared/ui/PageHeader';

/** ナレッジ: posts with filters (tag, department, own drafts, archived, needs review). */
export function KnowledgeListPage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const viewerId = session.status === 'signedIn' ? session.member.id : '';
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListFilter(params), [params]);
  const filter = useMemo(() => toPostFilter(state, viewerId), [state, viewerId]);
  const list = useKnowledgePosts(filter);
  const departments = useDepartmentOptions();
  const { tags } = useKnowledgeTags();

  const update = (patch: Partial<ListFilterState>) =>
    setParams(writeListFilter({ ...state, ...patch }), { replace: true });

  const tagOptions = useMemo(() => {
    const options = tags.map(({ tag, count }) => ({ value: tag, label: `${tag} (${count})` }));
    if (state.tag && !tags.some(({ tag }) => tag === state.tag)) {
      options.unshift({ value: state.tag, label: state.tag });
    }
    return options;
  }, [tags, state.tag]);

  const narrowed = hasNarrowingFilter(state);
  const createButton = (
    <Button component={Link} to="/knowledge/new" leftSection={<IconPencilPlus size={18} />}>
      {t('knowledge.create')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={1180}>
      <PageHeader
        title={t('knowledge.title')}
        description={t('knowledge.intro')}
        actions={createButton}
      />

      <Card withBorder radius="lg" padding="md">
        <Stack gap="sm">
          <SegmentedControl
            value={state.status}
            onChange={(value) => update({ status: value as KnowledgePostStatus })}
            data={LIST_STATUSES.map((status) => ({
              value: status,
              label: t(`knowledge.filters.status.${status}`),
            }))}
            aria-label={t('knowledge.filters.statusLabel')}
            fullWidth
            maw={520}
          />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('knowledge.filters.tag')}
              placeholder={t('knowledge.filters.all')}
              data={tagOptions}
              value={state.tag}
              onChange={(tag) => update({ tag })}
              searchable
              clearable
              nothingFoundMessage={t('knowledge.filters.noTags')}
              style={{ flex: '1 1 200px' }}
            />
            <Select
              label={t('knowledge.filters.department')}
              placeholder={t('knowledge.filters.all')}
              data={departments.options}
              value={state.departmentId}
              onChange={(departmentId) => update({ departmentId })}
              searchable
              clearable
              style={{ flex: '1 1 200px' }}
            />
            <Stack gap={8} pb={4} style={{ flex: '1 1 200px' }}>
              {state.status === 'PUBLISHED' ? (
                <Switch
                  label={t('knowledge.filters.needsReview')}
                  checked={state.needsReview}
                  onChange={(event) => update({ needsReview: event.currentTarget.checked })}
                />
              ) : null}
              {state.status !== 'DRAFT' ? (
                <Switch
                  label={t('knowledge.filters.mine')}
                  checked={state.mine}
                  onChange={(event) => update({ mine: event.currentTarget.checked })}
                />
              ) : null}
            </Stack>
          </Group>
          {state.status === 'DRAFT' ? (
            <Text size="xs" c="dimmed">
              {t('knowledge.filters.draftsNote')}
            </Text>
          ) : null}
        </Stack>
      </Card>

      {list.error ? <ErrorAlert error={toApiError(list.error)} /> : null}

      {!list.loaded ? (
        list.error ? null : (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )
      ) : list.posts.length === 0 ? (
        <Card withBorder radius="lg" padding="xl" data-testid="knowledge-empty">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" aria-hidden="true">
              <IconBook2 size={24} />
            </ThemeIcon>
            <Stack gap="xs" align="flex-start">
              <Title order={2} fz="lg">
                {narrowed ? t('knowledge.empty.filtered') : t(`knowledge.empty.${state.status}`)}
              </Title>
              <Text size="sm" c="dimmed">
                {narrowed ? t('knowledge.empty.filteredHint') : t('knowledge.empty.hint')}
              </Text>
              {narrowed ? (
                <Button
                  variant="light"
                  size="xs"
                  onClick={() =>
                    update({ tag: null, departmentId: null, needsReview: false, mine: false })
                  }
                >
                  {t('knowledge.filters.clear')}
                </Button>
              ) : (
                createButton
              )}
            </Stack>
          </Group>
        </Card>
      ) : (
        <Stack gap="md">
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none', opacity: list.loading ? 0.6 : 1 }}
            aria-busy={list.loading}
            aria-label={t('knowledge.listLabel')}
          >
            {list.posts.map((post) => (
              <KnowledgeCard key={post.id} post={post} />
            ))}
          </SimpleGrid>
          {list.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void list.loadMore()}
              loading={list.loadingMore}
              style={{ alignSelf: 'center' }}
            >
              {t('knowledge.loadMore')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
