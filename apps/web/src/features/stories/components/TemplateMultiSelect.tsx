import {
  type ComboboxItem,
  type ComboboxParsedItem,
  MultiSelect,
  type OptionsFilter,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplateOptionSearchDocument, TemplateOptionsDocument } from '../../../generated/graphql';

export type TemplateChoice = { id: string; title: string };

export const MAX_STORY_TEMPLATES = 10;
const OPTION_COUNT = 100;

function isItem(item: ComboboxParsedItem): item is ComboboxItem {
  return 'value' in item;
}

/**
 * The published templates a story used: a searchable multi-select. The most used templates are
 * offered at once; typing also searches the whole library (full-text, so 議事録 finds
 * 議事録要約テンプレート even beyond the first hundred).
 */
export function TemplateMultiSelect(props: {
  value: readonly TemplateChoice[];
  onChange: (value: TemplateChoice[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const options = useQuery(TemplateOptionsDocument, {
    variables: { first: OPTION_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const hits = useQuery(TemplateOptionSearchDocument, {
    variables: { query: debounced },
    skip: debounced === '',
  });
  const hitIds = useMemo(
    () => new Set(debounced === '' ? [] : (hits.data?.search.hits ?? []).map((hit) => hit.id)),
    [hits.data, debounced],
  );

  const data = useMemo(() => {
    const byId = new Map<string, string>();
    for (const choice of props.value) byId.set(choice.id, choice.title);
    for (const edge of options.data?.templates.edges ?? []) byId.set(edge.node.id, edge.node.title);
    for (const hit of hits.data?.search.hits ?? []) byId.set(hit.id, hit.title);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [props.value, options.data, hits.data]);

  const filter: OptionsFilter = ({ options: items, search: text }) => {
    const needle = text.trim().toLowerCase();
    if (!needle) return items;
    return items.filter(
      (item) =>
        isItem(item) && (item.label.toLowerCase().includes(needle) || hitIds.has(item.value)),
    );
  };

  const titles = new Map(data.map((item) => [item.value, item.label]));
  return (
    <MultiSelect
      label={t('stories.form.templates')}
      description={t('stories.form.templatesHint', { max: MAX_STORY_TEMPLATES })}
      placeholder={
        props.value.length < MAX_STORY_TEMPLATES
          ? t('stories.form.templatesPlaceholder')
          : undefined
      }
      data={data}
      value={props.value.map((choice) => choice.id)}
      onChange={(ids) => props.onChange(ids.map((id) => ({ id, title: titles.get(id) ?? id })))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={filter}
      maxValues={MAX_STORY_TEMPLATES}
      nothingFoundMessage={
        hits.loading || options.loading ? t('app.loading') : t('stories.form.templatesNone')
      }
      clearable
      hidePickedOptions
      error={props.error}
      comboboxProps={{ withinPortal: true }}
      data-testid="story-templates-input"
    />
  );
}
