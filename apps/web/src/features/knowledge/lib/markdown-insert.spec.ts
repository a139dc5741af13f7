import { imageMarkdown, insertBlockAt } from './markdown-insert';

describe('insertBlockAt', () => {
  it('puts the block on its own line at the cursor and moves the cursor after it', () => {
    const edit = insertBlockAt('前の文。後の文。', 4, 4, '![図](/uploads/1)');
    expect(edit.value).toBe('前の文。\n![図](/uploads/1)\n後の文。');
    expect(edit.selectionStart).toBe('前の文。\n![図](/uploads/1)\n'.length);
    expect(edit.selectionEnd).toBe(edit.selectionStart);
  });

  it('adds no extra line breaks at a line start or before an existing line break', () => {
    expect(insertBlockAt('a\n\nb', 2, 2, 'X').value).toBe('a\nX\nb');
    expect(insertBlockAt('', 0, 0, 'X').value).toBe('X\n');
    expect(insertBlockAt('a', 1, 1, 'X').value).toBe('a\nX\n');
  });

  it('replaces a selection and clamps out-of-range positions', () => {
    expect(insertBlockAt('a SELECTED b', 2, 10, 'X').value).toBe('a \nX\n b');
    expect(insertBlockAt('abc', 10, 20, 'X').value).toBe('abc\nX\n');
  });
});

describe('imageMarkdown', () => {
  it('uses the file name without extension as the alt text', () => {
    expect(imageMarkdown('構成図.png', '/uploads/abc')).toBe('![構成図](/uploads/abc)');
  });

  it('removes brackets and line breaks that would break the Markdown', () => {
    expect(imageMarkdown('a]b[c\nd.jpeg', '/uploads/x')).toBe('![a b c d](/uploads/x)');
    expect(imageMarkdown('.png', '/uploads/x')).toBe('![image](/uploads/x)');
  });
});
