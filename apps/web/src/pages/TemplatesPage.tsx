import {
  Button,
  Card,
  Center,
  Chip,
  Group,
  Loader,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TemplateCard } from '../features/templates/components/TemplateCard';
import { useTemplateCategories } from '../features/templates/hooks/useTemplateCategories';
import { useTemplates } from '../features/templates/hooks/useTemplates';
import {
  type LibraryState,
  readLibraryParams,
  writeLibraryParams,
} from '../features/templates/lib/library-params';
import {
  TARGET_TOOLS,
  TEMPLATE_KINDS,
  TEMPLATE_STATUSES,
  isTargetTool,
  isTemplateKind,
  isTemplateOrder,
  isTemplateStatus,
} from '../features/templates/lib/template-options';
import type { TemplateFilter } from '../generated/graphql';
import { toApiError } from '../shared/lib/api-error';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { PageHeader } from '../shared/ui/PageHeader';

const ALL = 'all';

/** テンプレート: the prompt library with category chips, filters and sort. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readLibraryParams(params), [params]);
  const { categories } = useTemplateCategories();
  const filter: TemplateFilter = useMemo(
    () => ({
      categoryId: state.categoryId,
      kind: state.kind,
      targetTool: state.targetTool,
      status: state.status,
    }),
    [state.categoryId, state.kind, state.targetTool, state.status],
  );
  const library = useTemplates(filter, state.orderBy);
  const number = new Intl.NumberFormat(i18n.language);

  const update = (patch: Partial<LibraryState>) =>
    setParams(writeLibraryParams({ ...state, ...patch }), { replace: true });

  const filtered = state.categoryId !== null || state.kind !== null || state.targetTool !== null;

  return (
    <Stack gap="lg" maw={1180}>
      <PageHeader
        title={t('templates.library.title')}
        description={t('templates.library.intro')}
        actions={
          <Button component={Link} to="/templates/new" leftSection={<IconPlus size={16} />}>
            {t('templates.library.create')}
          </Button>
        }
      />

      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="template-category-label">
            {t('templates.library.category')}
          </Text>
          <ScrollArea type="auto" scrollbarSize={6} offsetScrollbars="x">
            <Chip.Group
              value={state.categoryId ?? ALL}
              onChange={(value) => update({ categoryId: value === ALL ? null : (value as string) })}
            >
              <Group
                gap={6}
                wrap="nowrap"
                role="radiogroup"
                aria-labelledby="template-category-label"
                pb={4}
              >
                <Chip value={ALL} size="sm" variant="light">
                  {t('templates.library.allCategories')}
                </Chip>
                {categories.map((category) => (
                  <Chip key={category.id} value={category.id} size="sm" variant="light">
                    {category.name}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </ScrollArea>
        </Stack>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('templates.library.kind')}
            data={[
              { value: ALL, label: t('templates.library.allKinds') },
              ...TEMPLATE_KINDS.map((kind) => ({
                value: kind,
                label: t(`templates.kinds.${kind}`),
              })),
            ]}
            value={state.kind ?? ALL}
            onChange={(value) => update({ kind: isTemplateKind(value) ? value : null })}
            allowDeselect={false}
            style={{ flex: '1 1 170px' }}
            data-testid="template-kind-filter"
          />
          <Select
            label={t('templates.library.tool')}
            data={[
              { value: ALL, label: t('templates.library.allTools') },
              ...TARGET_TOOLS.map((tool) => ({ value: tool, label: t(`templates.tools.${tool}`) })),
            ]}
            value={state.targetTool ?? ALL}
            onChange={(value) => update({ targetTool: isTargetTool(value) ? value : null })}
            allowDeselect={false}
            style={{ flex: '1 1 150px' }}
          />
          <Select
            label={t('templates.library.statusFilter')}
            data={TEMPLATE_STATUSES.map((status) => ({
              value: status,
              label: t(`templates.library.statusOption.${status}`),
            }))}
            value={state.status}
            onChange={(value) => update({ status: isTemplateStatus(value) ? value : 'PUBLISHED' })}
            allowDeselect={false}
            style={{ flex: '1 1 170px' }}
          />
          <Stack gap={4} style={{ flex: '1 1 220px' }}>
            <Text size="sm" fw={500} id="template-sort-label">
              {t('templates.library.sort')}
            </Text>
            <SegmentedControl
              aria-labelledby="template-sort-label"
              value={state.orderBy}
              onChange={(value) => update({ orderBy: isTemplateOrder(value) ? value : 'NEWEST' })}
              data={[
                { value: 'NEWEST', label: t('templates.library.sortNewest') },
                { value: 'MOST_REUSED', label: t('templates.library.sortMostReused') },
              ]}
              fullWidth
            />
          </Stack>
        </Group>
      </Stack>

      {library.error ? <ErrorAlert error={toApiError(library.error)} /> : null}

      {!library.loaded ? (
        library.error ? null : (
          <Center py="xl" role="status" aria-live="polite">
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('app.loading')}
              </Text>
            </Group>
          </Center>
        )
      ) : library.templates.length === 0 ? (
        <Card withBorder radius="lg" padding="xl" data-testid="templates-empty">
          <Group wrap="nowrap" align="flex-start" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" aria-hidden="true">
              <IconTemplate size={24} />
            </ThemeIcon>
            <Stack gap={6} align="flex-start">
              <Title order={2} fz="lg">
                {state.status === 'PUBLISHED'
                  ? filtered
                    ? t('templates.library.emptyFiltered')
                    : t('templates.library.empty')
                  : t(`templates.library.emptyStatus.${state.status}`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t('templates.library.emptyHint')}
              </Text>
              <Group gap="xs">
                <Button component={Link} to="/templates/new" size="sm" variant="light">
                  {t('templates.library.create')}
                </Button>
                {filtered ? (
                  <Button
                    size="sm"
                    variant="subtle"
                    onClick={() => update({ categoryId: null, kind: null, targetTool: null })}
                  >
                    {t('templates.library.clearFilters')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Group>
        </Card>
      ) : (
        <Stack gap="md" aria-busy={library.loading}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" role="status" data-testid="templates-count">
              {t('templates.library.count', { n: number.format(library.totalCount) })}
            </Text>
            {library.loading ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
          </Group>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            style={{ opacity: library.loading ? 0.6 : 1 }}
          >
            {library.templates.map((template) => (
              <TemplateCard key={template.id} template={template} />
            ))}
          </SimpleGrid>
          {library.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void library.loadMore()}
              loading={library.loadingMore}
              style={{ alignSelf: 'center' }}
            >
              {t('templates.library.loadMore')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
