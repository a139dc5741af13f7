import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks the given ranges and keeps the rest as plain text', () => {
    expect(highlightSegments('議事録要約テンプレート', [{ start: 0, end: 3 }])).toEqual([
      { text: '議事録', marked: true },
      { text: '要約テンプレート', marked: false },
    ]);
  });

  it('handles several, unsorted, overlapping and touching ranges', () => {
    const segments = highlightSegments('abcdefghij', [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bcde', marked: true },
      { text: 'f', marked: false },
      { text: 'gh', marked: true },
      { text: 'ij', marked: false },
    ]);
  });

  it('clamps offsets outside the text and drops empty ranges', () => {
    expect(
      highlightSegments('abc', [
        { start: -5, end: 1 },
        { start: 2, end: 2 },
        { start: 2, end: 99 },
      ]),
    ).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('returns the text unmarked without highlights, and nothing for empty text', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightSegments('', [{ start: 0, end: 2 }])).toEqual([]);
  });

  it('keeps markup-like text as plain text (rendered by React, never as HTML)', () => {
    const text = '<img src=x onerror=alert(1)> 議事録';
    const start = text.indexOf('議事録');
    const segments = highlightSegments(text, [{ start, end: start + 3 }]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments[1]).toEqual({ text: '議事録', marked: true });
  });
});
