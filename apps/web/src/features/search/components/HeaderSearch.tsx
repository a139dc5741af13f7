import { ActionIcon, Box } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SearchInput } from './SearchInput';

const BOX_STYLE = { flex: '1 1 320px', maxWidth: 440, minWidth: 180 } as const;

/**
 * The header's search box (desktop); it opens /search?q=…. The search page has its own, larger
 * box with the filters, so the header keeps only the space there.
 */
export function HeaderSearchBox() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (pathname === '/search') return <Box visibleFrom="sm" style={BOX_STYLE} />;
  return (
    <Box visibleFrom="sm" style={BOX_STYLE}>
      <SearchInput
        initialValue=""
        inputId="header-search"
        radius="xl"
        onSearch={(query) => void navigate(`/search?q=${encodeURIComponent(query)}`)}
      />
    </Box>
  );
}

/** On phones the header has only an icon; the box sits at the top of the search page. */
export function HeaderSearchLink() {
  const { t } = useTranslation();
  return (
    <ActionIcon
      component={Link}
      to="/search"
      hiddenFrom="sm"
      variant="subtle"
      color="gray"
      size="lg"
      aria-label={t('search.open')}
    >
      <IconSearch size={20} />
    </ActionIcon>
  );
}
