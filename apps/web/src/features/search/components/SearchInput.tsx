import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One search box (header and search page): submits the trimmed text, never an empty search. */
export function SearchInput(
  props: {
    initialValue: string;
    onSearch: (query: string) => void;
    inputId?: string;
  } & Pick<TextInputProps, 'size' | 'w' | 'maw' | 'autoFocus' | 'radius' | 'style'>,
) {
  const { t } = useTranslation();
  const { initialValue, onSearch, inputId, ...inputProps } = props;
  const [value, setValue] = useState(initialValue);

  // Follow the URL (back button, a tag link) when it changes.
  useEffect(() => {
    setValue(initialValue);
  }, [initialValue]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = value.trim();
    if (query) onSearch(query);
  };

  return (
    <form
      role="search"
      onSubmit={submit}
      aria-label={t('search.boxLabel')}
      style={{ width: '100%' }}
    >
      <TextInput
        {...inputProps}
        id={inputId}
        type="search"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.boxLabel')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={
          <ActionIcon
            type="submit"
            variant="subtle"
            aria-label={t('search.submit')}
            disabled={!value.trim()}
          >
            <IconArrowRight size={16} />
          </ActionIcon>
        }
        maxLength={200}
        enterKeyHint="search"
      />
    </form>
  );
}
