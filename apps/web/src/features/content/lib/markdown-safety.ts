import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * Rules for rendering member-written Markdown. Three layers keep it inert:
 * 1. raw HTML is never parsed into elements (react-markdown `skipHtml`, and the sanitizer drops
 *    any `raw` node);
 * 2. `rehype-sanitize` with GitHub's schema, tightened below (no `style`, no event attributes,
 *    links only http/https/mailto);
 * 3. `rehypeSafeLinksAndImages` re-checks every URL after sanitizing — with the control
 *    characters browsers ignore removed — drops external images and unsafe links, and marks
 *    links `rel="noopener noreferrer nofollow"`.
 */

export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;
const LINK_REL = 'noopener noreferrer nofollow';
const UPLOADS_PREFIX = '/uploads/';

// GitHub's list minus what members never need and what could load or focus things unasked.
const DROPPED_TAGS = new Set(['picture', 'source', 'details', 'summary']);
const DROPPED_GLOBAL_ATTRIBUTES = new Set(['accessKey', 'tabIndex', 'action', 'method', 'encType']);

const globalAttributes = (defaultSchema.attributes?.['*'] ?? []).filter(
  (attribute) =>
    !DROPPED_GLOBAL_ATTRIBUTES.has(typeof attribute === 'string' ? attribute : attribute[0]),
);

export const markdownSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)),
  attributes: {
    ...defaultSchema.attributes,
    '*': globalAttributes,
    // No `longDesc` (a second URL on images).
    img: ['alt', 'src', 'title', 'width', 'height'],
  },
  protocols: {
    href: [...LINK_PROTOCOLS],
    cite: ['http', 'https'],
    // Image sources are allowed only as same-origin paths: see isSafeImageSrc (layer 3).
    src: ['http', 'https'],
  },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
};

/** What the browser does to a URL before reading its scheme: no whitespace or control chars. */
function compact(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/** The scheme (lower-case) if the URL has one, e.g. `javascript`; null for a relative URL. */
function schemeOf(compacted: string): string | null {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compacted);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** `//host/…` and `/\host/…` leave the site while looking relative. */
function isProtocolRelative(compacted: string): boolean {
  return /^[/\\]{2}/.test(compacted);
}

/** The URL to put in `href`, or null if the link must not be a link. */
export function safeLinkHref(url: string): string | null {
  const compacted = compact(url);
  if (compacted === '') return null;
  const scheme = schemeOf(compacted);
  if (scheme !== null) {
    return (LINK_PROTOCOLS as readonly string[]).includes(scheme) ? url.trim() : null;
  }
  // A colon before any / ? # that did not parse as a scheme (e.g. "%6Aavascript:") is refused.
  if (/^[^/?#]*:/.test(compacted)) return null;
  return url.trim().replace(/[\t\n\r]/g, '');
}

/** Whether a link leaves the site (opens in a new tab). */
export function isExternalHref(href: string): boolean {
  const compacted = compact(href);
  return schemeOf(compacted) !== null || isProtocolRelative(compacted);
}

/**
 * Images only from this site: `/uploads/…` or a relative path. No scheme (so no `data:`,
 * `javascript:` or other servers), no `//host`, no backslashes, no `..` climbing out of
 * /uploads/.
 */
export function safeImageSrc(url: string): string | null {
  const compacted = compact(url);
  if (compacted === '' || compacted.includes('\\')) return null;
  if (schemeOf(compacted) !== null || /^[^/?#]*:/.test(compacted)) return null;
  if (isProtocolRelative(compacted)) return null;
  if (compacted.startsWith('/')) {
    if (!compacted.startsWith(UPLOADS_PREFIX)) return null;
    const path = compacted.split(/[?#]/)[0] ?? '';
    if (/(^|\/)\.\.?(\/|$)/.test(path) || /%2e/i.test(path)) return null;
  }
  return url.trim().replace(/[\t\n\r]/g, '');
}

type ParentNode = Root | Element;

function cleanChildren(parent: ParentNode): void {
  const next: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      next.push(child);
      continue;
    }
    if (child.tagName === 'img') {
      const src = safeImageSrc(String(child.properties['src'] ?? ''));
      if (src === null) {
        // Keep what the image was about, as text, so the sentence still reads.
        const alt = String(child.properties['alt'] ?? '').trim();
        if (alt) next.push({ type: 'text', value: alt });
        continue;
      }
      child.properties['src'] = src;
      child.properties['loading'] = 'lazy';
      next.push(child);
      continue;
    }
    if (child.tagName === 'a') {
      const rawHref = child.properties['href'];
      const href = rawHref === undefined ? null : safeLinkHref(String(rawHref));
      cleanChildren(child);
      if (href === null) {
        // Not a safe link: keep its text only.
        next.push(...child.children);
        continue;
      }
      child.properties['href'] = href;
      child.properties['rel'] = LINK_REL.split(' ');
      if (isExternalHref(href)) child.properties['target'] = '_blank';
      next.push(child);
      continue;
    }
    cleanChildren(child);
    next.push(child);
  }
  parent.children = next as typeof parent.children;
}

/** Rehype plugin (after rehype-sanitize): layer 3 above. */
export function rehypeSafeLinksAndImages() {
  return (tree: Root): void => {
    cleanChildren(tree);
  };
}

/** react-markdown's last word on every URL attribute: the same checks again. */
export function markdownUrlTransform(url: string, key: string): string | null {
  if (key === 'href') return safeLinkHref(url);
  if (key === 'src') return safeImageSrc(url);
  return null;
}
