import { useMemo } from 'react';
import { type Highlight, highlightSegments } from '../lib/highlight';

/**
 * Text with the search's matches in <mark>. Built from offsets as React text nodes: the text
 * is never parsed as HTML.
 */
export function HighlightedText(props: { text: string; highlights: readonly Highlight[] }) {
  const segments = useMemo(
    () => highlightSegments(props.text, props.highlights),
    [props.text, props.highlights],
  );
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? (
          <mark
            key={index}
            style={{
              backgroundColor: 'var(--mantine-color-yellow-2)',
              color: 'inherit',
              borderRadius: 2,
              padding: '0 1px',
            }}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
