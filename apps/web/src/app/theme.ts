import { Badge, type MantineColorsTuple, createTheme } from '@mantine/core';

// Jade (翡翠) teal: calm, trustworthy, and readable with white text at shade 7.
const jade: MantineColorsTuple = [
  '#e7f7f5',
  '#d0eeea',
  '#a2dcd4',
  '#6fc9bc',
  '#45b8a8',
  '#2aa996',
  '#179a88',
  '#0f766e',
  '#0b625b',
  '#064c46',
];

// System fonts only (no web-font download); Japanese faces first so kana and kanji render well.
const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic UI", Meiryo, Roboto, sans-serif';

export const theme = createTheme({
  primaryColor: 'jade',
  primaryShade: { light: 7, dark: 5 },
  colors: { jade },
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Badge labels clip a few pixels of bold kana/kanji ("有効" → "有…"); short labels never need it.
    Badge: Badge.extend({ styles: { label: { overflow: 'visible', textOverflow: 'clip' } } }),
  },
});
