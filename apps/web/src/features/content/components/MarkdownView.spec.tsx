import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { theme } from '../../../app/theme';
import { safeImageSrc, safeLinkHref } from '../lib/markdown-safety';
import { MarkdownView } from './MarkdownView';

function render(markdown: string): string {
  return renderToStaticMarkup(
    <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false}>
      <MarkdownView>{markdown}</MarkdownView>
    </MantineProvider>,
  );
}

type Tag = { name: string; attributes: [string, string][] };

/** The elements of the rendered HTML with their attributes (text between tags is inert). */
function tagsOf(html: string): Tag[] {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    (match) => ({
      name: (match[1] ?? '').toLowerCase(),
      attributes: [...(match[2] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)].map(
        (attribute) => [(attribute[1] ?? '').toLowerCase(), attribute[2] ?? ''] as [string, string],
      ),
    }),
  );
}

const FORBIDDEN_TAGS =
  /^(script|iframe|frame|svg|object|embed|style|form|math|base|meta|link|template|button|textarea|select)$/;
const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');

/** Nothing in the output can run script, load from another site or leave via a bad scheme. */
function expectInert(html: string): void {
  // Raw markup never survives: any "<" in member text is escaped.
  expect(html).not.toMatch(/<\s*\/?\s*(script|iframe|svg|object|embed|style|form|math)\b/i);
  const tags = tagsOf(html);
  // Every start tag was understood (React always quotes attribute values).
  expect(tags).toHaveLength(html.match(/<[a-zA-Z]/g)?.length ?? 0);
  for (const tag of tags) {
    expect(tag.name).not.toMatch(FORBIDDEN_TAGS);
    for (const [name, rawValue] of tag.attributes) {
      const value = decodeEntities(rawValue).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      expect(name).not.toMatch(/^on/); // onerror, onload, onclick …
      expect(name).not.toMatch(/^(srcset|formaction|xlink:href|action|background|dynsrc|lowsrc)$/);
      expect(value).not.toMatch(/^(javascript|vbscript|data|file):/i);
      expect(value).not.toMatch(/evil\.example|alert\(/);
      if (name === 'style') expect(value).not.toMatch(/url\(|expression|javascript/i);
      if (name === 'href') expect(value).toMatch(/^(https?:|mailto:|[/#?.]|[\w-]+(\/|$))/);
      if (name === 'src') expect(value).toMatch(/^(\/uploads\/|[^/\\:]+$|[^/\\:][^:]*$)/);
    }
  }
}

const XSS_PAYLOADS: Record<string, string> = {
  'javascript: link': '[x](javascript:alert(1))',
  'javascript: link, mixed case': '[x](JaVaScRiPt:alert(1))',
  'javascript: link with an entity colon': '[x](javascript&colon;alert(1))',
  'javascript: link with a tab entity': '[x](jav&#x09;ascript:alert(1))',
  'javascript: link with a newline entity': '[x](java&#10;script:alert(1))',
  'javascript: autolink': '<javascript:alert(1)>',
  'javascript: reference link': '[x][1]\n\n[1]: javascript:alert(1)',
  'vbscript: link': '[x](vbscript:msgbox(1))',
  'data: link': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'data: image': '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  'img onerror': '<img src=x onerror=alert(1)>',
  'img onerror inline': 'text <img src="x" onerror="alert(1)"> text',
  'script tag': '<script>alert(1)</script>',
  'script tag inline': 'hello <script>alert(1)</script> world',
  'raw anchor with a tab in the scheme': '<a href="jav&#x09;ascript:alert(1)">x</a>',
  'raw anchor javascript:': '<a href="javascript:alert(1)">x</a>',
  'raw iframe': '<iframe src="https://evil.example/"></iframe>',
  'svg onload': '<svg onload=alert(1)>',
  'svg onload inline': 'a <svg/onload=alert(1)> b',
  'div onclick': '<div onclick="alert(1)">click</div>',
  'style tag': '<style>body{background:url(https://evil.example/x)}</style>',
  form: '<form action="https://evil.example/"><button>go</button></form>',
  math: '<math><mtext><script>alert(1)</script></mtext></math>',
  object: '<object data="https://evil.example/x.swf"></object>',
  'external image': '![x](https://evil.example/a.png)',
  'protocol-relative image': '![x](//evil.example/a.png)',
  'backslash image': '![x](/\\evil.example/a.png)',
  'image in a table cell': '| a |\n|---|\n| ![x](https://evil.example/a.png) |',
  'link in a table cell': '| a |\n|---|\n| [x](javascript:alert(1)) |',
};

describe('the inertness check itself', () => {
  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<img src="x" onerror="alert(1)"/>',
    '<img src=x onerror=alert(1)>',
    '<img src="https://evil.example/a.png"/>',
    '<img src="//evil.example/a.png"/>',
    '<a href="data:text/html;base64,AAAA">x</a>',
    '<p>x<script>alert(1)</script></p>',
    '<div><svg></svg></div>',
    '<iframe src="/"></iframe>',
  ])('rejects %s', (html) => {
    expect(() => expectInert(html)).toThrow();
  });
});

describe('MarkdownView: XSS payloads never reach the output', () => {
  it.each(Object.entries(XSS_PAYLOADS))('%s', (_name, payload) => {
    expectInert(render(payload));
  });

  it('keeps the visible text of a refused link or image', () => {
    const html = render(
      'Click [here](javascript:alert(1)) or see ![the diagram](https://evil.example/a.png).',
    );
    expect(html).toContain('here');
    expect(html).toContain('the diagram');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('<img');
  });

  it('drops raw HTML completely, even harmless tags', () => {
    const html = render('a <b>bold</b> <div>block</div> c');
    expect(html).not.toMatch(/<b>|<div>block/);
  });

  it('renders an empty document as nothing', () => {
    expect(render('   \n')).toBe('');
  });
});

describe('MarkdownView: GFM renders', () => {
  const doc = [
    '# 議事録の要約手順',
    '',
    '会議の**要点**を _3行_ で ~~長く~~ まとめます。',
    '',
    '| 手順 | 所要時間 | 担当 |',
    '| :--- | ---: | :---: |',
    '| 録音を文字起こし | 5分 | 書記 |',
    '| 要約を確認 | 2分 | 司会 |',
    '',
    '```ts',
    'const prompt = `次の議事録を要約して: ${text}`;',
    '```',
    '',
    '- 箇条書き1',
    '- 箇条書き2',
    '',
    '1. 最初',
    '2. 次',
    '',
    '- [x] 文字起こし',
    '- [ ] 要約',
    '',
    '> 出力は必ず人が確認すること。',
    '',
    '参考: https://example.com/guide と [社内ナレッジ](/knowledge/123)、[問い合わせ](mailto:it@example.com)。',
    '',
    '![構成図](/uploads/org-1/diagram.png) ![相対パス](images/flow.png)',
  ].join('\n');
  let html: string;

  beforeAll(() => {
    html = render(doc);
  });

  it('shifts headings below the page title', () => {
    expect(html).toMatch(/<h2[^>]*>議事録の要約手順<\/h2>/);
    expect(html).not.toContain('<h1');
  });

  it('renders emphasis and strikethrough', () => {
    expect(html).toContain('<strong>要点</strong>');
    expect(html).toContain('<em>3行</em>');
    expect(html).toContain('<del>長く</del>');
  });

  it('renders tables with a bordered Mantine table and column alignment', () => {
    expect(html).toMatch(/<table[^>]*data-with-table-border="true"/);
    expect(html).toMatch(/<th[^>]*>手順<\/th>/);
    expect(html).toMatch(/<td[^>]*text-align:right[^>]*>5分<\/td>/);
    expect(html).toMatch(/<td[^>]*text-align:center[^>]*>書記<\/td>/);
  });

  it('renders fenced code with its language class and text escaped', () => {
    expect(html).toMatch(/<pre[^>]*><code class="language-ts">/);
    expect(html).toContain('const prompt = `次の議事録を要約して: ${text}`;');
  });

  it('renders lists and task lists (disabled checkboxes)', () => {
    expect(html).toMatch(/<ul[^>]*>\s*<li>箇条書き1<\/li>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>最初<\/li>/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*disabled=""[^>]*checked=""/);
    expect(html).toContain('class="contains-task-list"');
  });

  it('renders a blockquote', () => {
    expect(html).toContain('出力は必ず人が確認すること。');
    expect(html).toMatch(/<blockquote/);
  });

  it('renders autolinks and external links in a new tab with rel noopener noreferrer nofollow', () => {
    expect(html).toMatch(
      /<a href="https:\/\/example\.com\/guide" rel="noopener noreferrer nofollow" target="_blank"/,
    );
  });

  it('keeps same-site and mailto links, in the same tab', () => {
    expect(html).toMatch(
      /<a href="\/knowledge\/123" rel="noopener noreferrer nofollow"[^>]*>社内ナレッジ/,
    );
    expect(html).not.toMatch(/href="\/knowledge\/123"[^>]*target=/);
    expect(html).toMatch(/<a href="mailto:it@example\.com" rel="noopener noreferrer nofollow"/);
  });

  it('shows images from /uploads/ and relative paths', () => {
    expect(html).toMatch(/<img[^>]*src="\/uploads\/org-1\/diagram\.png"[^>]*alt="構成図"/);
    expect(html).toMatch(/<img[^>]*src="images\/flow\.png"/);
    expect(html).toMatch(/loading="lazy"/);
  });
});

describe('URL rules', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['/knowledge/1', '/knowledge/1'],
    ['#section', '#section'],
    ['docs/readme', 'docs/readme'],
    ['?tab=2', '?tab=2'],
  ])('allows the link %s', (url, expected) => {
    expect(safeLinkHref(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.com',
    'tel:0312345678',
    '%6Aavascript:alert(1)',
    '',
  ])('refuses the link %j', (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });

  it.each(['/uploads/a.png', '/uploads/org/2026/a b.png?v=2', 'a.png', './img/a.png'])(
    'allows the image %s',
    (url) => {
      expect(safeImageSrc(url)).not.toBeNull();
    },
  );

  it.each([
    'https://evil.example/a.png',
    'http://evil.example/a.png',
    '//evil.example/a.png',
    '/\\evil.example/a.png',
    '\\\\evil.example\\a.png',
    ' //evil.example/a.png',
    'data:image/png;base64,AAAA',
    'javascript:alert(1)',
    '/graphql?query={me{email}}',
    '/uploads/../graphql',
    '/uploads/%2e%2e/graphql',
    '/api/export.csv',
    '',
  ])('refuses the image %j', (url) => {
    expect(safeImageSrc(url)).toBeNull();
  });
});
