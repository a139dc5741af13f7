import {
  type ClipboardEvent,
  type CSSProperties,
  type DragEvent,
  type Ref,
  useImperativeHandle,
  useMemo,
  useRef,
} from 'react';
import { highlightSegments } from '../../search/lib/highlight';

export type FlagRange = { start: number; end: number };

export type FlagHighlightTextareaHandle = {
  textarea: HTMLTextAreaElement | null;
  /** Focuses the textarea, selects the range and scrolls it into view. */
  select: (range: FlagRange) => void;
};

// The textarea and the highlight layer behind it must lay text out identically.
const shared: CSSProperties = {
  boxSizing: 'border-box',
  margin: 0,
  padding: '10px 12px',
  border: '1px solid transparent',
  fontFamily: 'var(--mantine-font-family)',
  fontSize: 'var(--mantine-font-size-sm)',
  lineHeight: 1.75,
  letterSpacing: 'normal',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  wordBreak: 'normal',
  tabSize: 4,
  scrollbarGutter: 'stable',
};

/**
 * A plain textarea over a layer that paints the content check's findings: the text stays
 * editable as usual, and flagged passages show an orange background where they are.
 */
export function FlagHighlightTextarea(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  ranges: readonly FlagRange[];
  minHeight: number;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  onPaste?: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  onDrop?: (event: DragEvent<HTMLTextAreaElement>) => void;
  handleRef?: Ref<FlagHighlightTextareaHandle>;
  testId?: string;
}) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    () => highlightSegments(props.value, props.ranges),
    [props.value, props.ranges],
  );

  useImperativeHandle(
    props.handleRef,
    () => ({
      get textarea() {
        return textareaRef.current;
      },
      select: ({ start, end }) => {
        const textarea = textareaRef.current;
        if (!textarea) return;
        textarea.focus({ preventScroll: true });
        textarea.setSelectionRange(start, end);
        const mark = backdropRef.current?.querySelector<HTMLElement>(`[data-start="${start}"]`);
        if (mark) {
          textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
        }
        textarea.scrollIntoView({ block: 'nearest' });
      },
    }),
    [],
  );

  const syncScroll = () => {
    if (backdropRef.current && textareaRef.current) {
      backdropRef.current.scrollTop = textareaRef.current.scrollTop;
      backdropRef.current.scrollLeft = textareaRef.current.scrollLeft;
    }
  };

  let offset = 0;
  return (
    <div
      style={{
        position: 'relative',
        borderRadius: 'var(--mantine-radius-md)',
        border: `1px solid ${props.invalid ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`,
        backgroundColor: 'var(--mantine-color-body)',
      }}
    >
      <div
        ref={backdropRef}
        aria-hidden="true"
        style={{
          ...shared,
          position: 'absolute',
          inset: 0,
          overflow: 'hidden',
          color: 'transparent',
          pointerEvents: 'none',
        }}
      >
        {segments.map((segment, index) => {
          const start = offset;
          offset += segment.text.length;
          return segment.marked ? (
            <mark
              key={index}
              data-start={start}
              style={{
                color: 'transparent',
                backgroundColor: 'var(--mantine-color-orange-2)',
                borderRadius: 2,
                boxShadow: '0 2px 0 var(--mantine-color-orange-6)',
              }}
            >
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          );
        })}
        {/* A trailing line break needs something after it to take up its line. */}
        {'\n\u200b'}
      </div>
      <textarea
        ref={textareaRef}
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        onScroll={syncScroll}
        onPaste={props.onPaste}
        onDrop={props.onDrop}
        placeholder={props.placeholder}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
        spellCheck={false}
        style={{
          ...shared,
          position: 'relative',
          display: 'block',
          width: '100%',
          minHeight: props.minHeight,
          height: props.minHeight,
          resize: 'vertical',
          overflowY: 'auto',
          background: 'transparent',
          color: 'var(--mantine-color-text)',
          caretColor: 'var(--mantine-color-text)',
          outline: 'none',
        }}
        onFocus={(event) => {
          const wrapper = event.currentTarget.parentElement;
          if (wrapper) wrapper.style.outline = '2px solid var(--mantine-color-jade-6)';
        }}
        onBlur={(event) => {
          const wrapper = event.currentTarget.parentElement;
          if (wrapper) wrapper.style.outline = 'none';
        }}
      />
    </div>
  );
}
