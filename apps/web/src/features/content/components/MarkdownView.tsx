import { Blockquote, Table, Typography, type TypographyProps } from '@mantine/core';
import type { ComponentPropsWithoutRef, JSX, ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps, type Options } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import {
  markdownSanitizeSchema,
  markdownUrlTransform,
  rehypeSafeLinksAndImages,
} from '../lib/markdown-safety';

type Props<Tag extends keyof JSX.IntrinsicElements> = ComponentPropsWithoutRef<Tag> & ExtraProps;

// Member content sits under the page's own title, so its headings start one level lower
// (# → h2 … ##### → h6) and the document outline stays correct.
function shifted(Tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  return function Heading({ node: _node, ...props }: Props<'h1'>) {
    return <Tag {...props} />;
  };
}

function isTaskList(className: string | undefined): boolean {
  return (className ?? '').split(' ').includes('contains-task-list');
}

const components: Components = {
  h1: shifted('h2'),
  h2: shifted('h3'),
  h3: shifted('h4'),
  h4: shifted('h5'),
  h5: shifted('h6'),
  h6: shifted('h6'),
  table: ({ node: _node, children, ...props }: Props<'table'>) => (
    <Table.ScrollContainer minWidth={480} mb="md">
      <Table {...props} withTableBorder withColumnBorders striped verticalSpacing={6} fz="sm">
        {children}
      </Table>
    </Table.ScrollContainer>
  ),
  thead: ({ node: _node, ...props }: Props<'thead'>) => <Table.Thead {...props} />,
  tbody: ({ node: _node, ...props }: Props<'tbody'>) => <Table.Tbody {...props} />,
  tr: ({ node: _node, ...props }: Props<'tr'>) => <Table.Tr {...props} />,
  th: ({ node: _node, ...props }: Props<'th'>) => (
    <Table.Th {...props} bg="var(--mantine-color-gray-0)" />
  ),
  td: ({ node: _node, ...props }: Props<'td'>) => <Table.Td {...props} />,
  blockquote: ({ node: _node, children }: Props<'blockquote'>) => (
    <Blockquote color="jade" p="sm" pl="md" my="md" fz="sm">
      {children}
    </Blockquote>
  ),
  pre: ({ node: _node, style, ...props }: Props<'pre'>) => (
    <pre
      {...props}
      style={{
        ...style,
        padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md)',
        border: '1px solid var(--mantine-color-gray-3)',
        fontSize: 'var(--mantine-font-size-sm)',
        whiteSpace: 'pre',
        overflowWrap: 'normal',
      }}
    />
  ),
  ul: ({ node: _node, className, style, ...props }: Props<'ul'>) => (
    <ul
      {...props}
      className={className}
      style={isTaskList(className) ? { ...style, listStyle: 'none', paddingInlineStart: 4 } : style}
    />
  ),
  input: ({ node: _node, style, ...props }: Props<'input'>) => (
    <input {...props} style={{ ...style, marginInlineEnd: 8, verticalAlign: 'middle' }} />
  ),
  img: ({ node: _node, alt, style, ...props }: Props<'img'>) => (
    <img
      {...props}
      alt={alt ?? ''}
      style={{
        ...style,
        height: 'auto',
        borderRadius: 'var(--mantine-radius-sm)',
        border: '1px solid var(--mantine-color-gray-2)',
      }}
    />
  ),
  a: ({ node: _node, style, ...props }: Props<'a'>) => (
    <a {...props} style={{ ...style, textDecoration: 'underline', textUnderlineOffset: 2 }} />
  ),
};

const remarkPlugins = [remarkGfm];
const rehypePlugins: NonNullable<Options['rehypePlugins']> = [
  [rehypeSanitize, markdownSanitizeSchema],
  rehypeSafeLinksAndImages,
];

/**
 * Renders member-written Markdown (GFM: tables, task lists, strikethrough, autolinks) safely:
 * raw HTML is dropped, URLs are filtered (see markdown-safety.ts), links get
 * rel="noopener noreferrer nofollow" and images load only from this site.
 */
export function MarkdownView(props: { children: string; empty?: ReactNode } & TypographyProps) {
  const { children: source, empty, ...typographyProps } = props;
  if (!source.trim()) return empty ? <>{empty}</> : null;
  return (
    <Typography {...typographyProps} data-testid="markdown-view">
      <Markdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        skipHtml
        urlTransform={markdownUrlTransform}
        components={components}
      >
        {source}
      </Markdown>
    </Typography>
  );
}
