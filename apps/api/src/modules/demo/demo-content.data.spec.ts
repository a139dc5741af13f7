import {
  DEFAULT_TEMPLATE_CATEGORIES,
  TEMPLATE_KINDS,
  canReviewStory,
  checkContent,
  hoursSavedPerMonth,
  parseTemplate,
  validateKnowledgePostContent,
  validateTemplateContent,
} from '@chienowa/domain';
import {
  DEMO_ACTIVITY,
  DEMO_KNOWLEDGE_POSTS,
  DEMO_STORIES,
  DEMO_TEMPLATES,
  type DemoTemplate,
} from './demo-content.data';
import { DEMO_DEPARTMENTS, DEMO_MEMBERS } from './demo-organization.data';

const membersByEmail = new Map(DEMO_MEMBERS.map((m) => [m.email, m]));
const departmentKeys = new Set(DEMO_DEPARTMENTS.map((d) => d.key));
const templatesByKey = new Map(DEMO_TEMPLATES.map((t) => [t.key, t]));
const length = (s: string): number => [...s].length;

/** A department and every department below it (the closure canReviewStory expects). */
const withSubDepartments = (key: string): string[] => {
  const out = [key];
  for (let i = 0; i < out.length; i += 1) {
    for (const d of DEMO_DEPARTMENTS) if (d.parentKey === out[i]) out.push(d.key);
  }
  return out;
};

const publishedTemplate = (key: string): DemoTemplate | undefined => {
  const t = templatesByKey.get(key);
  return t?.status === 'published' ? t : undefined;
};

const placeholderCount = (body: string): number => {
  const parsed = parseTemplate(body);
  return parsed.ok ? parsed.value.placeholders.length : -1;
};

const expectUniqueKeys = (items: readonly { key: string }[]) =>
  expect(new Set(items.map((i) => i.key)).size).toBe(items.length);

describe('demo content data', () => {
  it('uses only existing members as authors and reviewers, and unique keys', () => {
    const emails = [
      ...DEMO_KNOWLEDGE_POSTS.map((p) => p.authorEmail),
      ...DEMO_TEMPLATES.map((t) => t.authorEmail),
      ...DEMO_STORIES.flatMap((s) => [
        s.authorEmail,
        ...(s.reviewerEmail ? [s.reviewerEmail] : []),
      ]),
    ];
    for (const email of emails)
      expect({ email, known: membersByEmail.has(email) }).toEqual({ email, known: true });
    expectUniqueKeys(DEMO_KNOWLEDGE_POSTS);
    expectUniqueKeys(DEMO_TEMPLATES);
    expectUniqueKeys(DEMO_STORIES);
  });

  describe('knowledge posts', () => {
    it('has 14 valid posts in the documented states', () => {
      expect(DEMO_KNOWLEDGE_POSTS).toHaveLength(14);
      const byStatus = (s: string) => DEMO_KNOWLEDGE_POSTS.filter((p) => p.status === s).length;
      expect(byStatus('draft')).toBe(2);
      expect(byStatus('archived')).toBe(1);
      const overdue = DEMO_KNOWLEDGE_POSTS.filter((p) => p.reviewOverdue);
      expect(overdue).toHaveLength(2);
      for (const p of overdue) {
        expect(p.status).toBe('published');
        expect(p.publishedDaysAgo).toBeGreaterThan(180);
      }
      for (const p of DEMO_KNOWLEDGE_POSTS) {
        const result = validateKnowledgePostContent(p);
        expect({ key: p.key, ok: result.ok }).toEqual({ key: p.key, ok: true });
        if (p.departmentKey !== null) expect(departmentKeys.has(p.departmentKey)).toBe(true);
        expect(p.tags.length).toBeGreaterThan(0);
        expect(p.publishedDaysAgo).toBeGreaterThanOrEqual(0);
      }
    });

    it('spreads authors, including staff@ twice and manager@ once', () => {
      const authors = DEMO_KNOWLEDGE_POSTS.map((p) => p.authorEmail);
      expect(new Set(authors).size).toBeGreaterThanOrEqual(8);
      expect(authors.filter((a) => a === 'staff@example.com')).toHaveLength(2);
      expect(authors.filter((a) => a === 'manager@example.com')).toHaveLength(1);
    });

    it('has Markdown bodies of 400–1500 characters with headings, lists, tables, code and https links', () => {
      for (const p of DEMO_KNOWLEDGE_POSTS) {
        const n = length(p.bodyMarkdown);
        expect({ key: p.key, fits: n >= 400 && n <= 1500 }).toEqual({ key: p.key, fits: true });
        expect(p.bodyMarkdown).toMatch(/^## /m);
        expect(p.bodyMarkdown).toMatch(/^(?:- |\d+\. )/m);
        for (const [, url] of p.bodyMarkdown.matchAll(/\]\(([^)]*)\)/g)) {
          expect(url).toMatch(/^https:\/\//);
        }
      }
      const count = (re: RegExp) => DEMO_KNOWLEDGE_POSTS.filter((p) => re.test(p.bodyMarkdown));
      expect(count(/^\|---/m).length).toBeGreaterThanOrEqual(3);
      expect(count(/^```/m).length).toBeGreaterThanOrEqual(2);
      expect(count(/\]\(https:\/\//).length).toBeGreaterThanOrEqual(10);
    });
  });

  describe('templates', () => {
    it('has at least 15 templates, at least 5 of every kind, from the default categories', () => {
      expect(DEMO_TEMPLATES.length).toBeGreaterThanOrEqual(15);
      expect(DEMO_TEMPLATES).toHaveLength(18);
      for (const kind of TEMPLATE_KINDS) {
        expect({
          kind,
          enough: DEMO_TEMPLATES.filter((t) => t.kind === kind).length >= 5,
        }).toEqual({ kind, enough: true });
      }
      const categories = new Set(DEFAULT_TEMPLATE_CATEGORIES.map((c) => c.ja));
      for (const t of DEMO_TEMPLATES) expect(categories.has(t.category)).toBe(true);
      expect(DEMO_TEMPLATES.filter((t) => t.status === 'draft')).toHaveLength(1);
    });

    it('has the minutes-summary template the onboarding and stories rely on', () => {
      expect(templatesByKey.get('minutes-summary')).toMatchObject({
        title: '議事録要約（決定事項・ToDo抽出）',
        authorEmail: 'staff@example.com',
        category: '議事録要約',
        kind: 'fill-in',
        status: 'published',
      });
    });

    it('has bodies that parse, with as many placeholders as their kind suggests', () => {
      for (const t of DEMO_TEMPLATES) {
        const parsed = parseTemplate(t.body);
        expect({ key: t.key, ok: parsed.ok }).toEqual({ key: t.key, ok: true });
        expect(validateTemplateContent(t).ok).toBe(true);
        const n = length(t.body);
        expect({ key: t.key, fits: n >= 200 && n <= 1200 }).toEqual({ key: t.key, fits: true });
        // No literal braces outside placeholders.
        expect(t.body.replace(/\{\{[^{}]*\}\}/g, '')).not.toMatch(/[{}]/);
        const placeholders = placeholderCount(t.body);
        if (t.kind === 'fill-in') expect(placeholders).toBeGreaterThanOrEqual(1);
        if (t.kind === 'task') expect([1, 2]).toContain(placeholders);
        if (t.kind === 'free-form') expect(placeholders).toBeLessThanOrEqual(1);
      }
    });

    it('has two forks of older published templates by other authors', () => {
      const forks = DEMO_TEMPLATES.filter((t) => t.forkOfKey !== undefined);
      expect(forks).toHaveLength(2);
      expect(new Set(forks.map((f) => f.authorEmail)).size).toBe(2);
      for (const fork of forks) {
        const original = publishedTemplate(fork.forkOfKey ?? '');
        expect(original).toBeDefined();
        expect(original?.authorEmail).not.toBe(fork.authorEmail);
        expect(fork.publishedDaysAgo).toBeLessThan(original?.publishedDaysAgo ?? 0);
      }
    });
  });

  describe('success stories', () => {
    it('has 8 stories: 5 approved, 1 submitted, 1 returned, 1 draft', () => {
      expect(DEMO_STORIES).toHaveLength(8);
      const byStatus = (s: string) => DEMO_STORIES.filter((x) => x.status === s).length;
      expect([
        byStatus('approved'),
        byStatus('submitted'),
        byStatus('returned'),
        byStatus('draft'),
      ]).toEqual([5, 1, 1, 1]);
    });

    it('has numbers that pass hoursSavedPerMonth and templates that resolve', () => {
      for (const s of DEMO_STORIES) {
        const result = hoursSavedPerMonth(s);
        expect({ key: s.key, ok: result.ok }).toEqual({ key: s.key, ok: true });
        if (result.ok) expect(result.value.minutesSavedPerMonth).toBeGreaterThan(0);
        for (const key of s.templateKeys) {
          const t = publishedTemplate(key);
          expect({ story: s.key, key, published: t !== undefined }).toEqual({
            story: s.key,
            key,
            published: true,
          });
          expect(s.daysAgo).toBeLessThanOrEqual(t?.publishedDaysAgo ?? -1);
        }
      }
      const linkingMinutes = DEMO_STORIES.filter((s) => s.templateKeys.includes('minutes-summary'));
      expect(linkingMinutes.length).toBeGreaterThanOrEqual(3);
    });

    it('is reviewed only by managers or ambassadors who may review the author', () => {
      for (const s of DEMO_STORIES) {
        const author = membersByEmail.get(s.authorEmail);
        expect(author?.departmentKey).toBeTruthy();
        const reviewed = s.status === 'approved' || s.status === 'returned';
        expect({ key: s.key, hasReviewer: s.reviewerEmail !== null }).toEqual({
          key: s.key,
          hasReviewer: reviewed,
        });
        if (s.status === 'returned') expect(s.reviewComment?.trim()).toBeTruthy();
        if (!reviewed) expect(s.reviewComment).toBeNull();
        if (s.reviewerEmail === null) continue;
        const reviewer = membersByEmail.get(s.reviewerEmail);
        expect(reviewer).toBeDefined();
        if (!reviewer || !author) continue;
        const allowed = canReviewStory({
          reviewer: {
            id: reviewer.email,
            roles: reviewer.roles,
            departmentIds: withSubDepartments(reviewer.departmentKey),
          },
          story: { authorId: author.email, authorDepartmentId: author.departmentKey },
        });
        expect({ key: s.key, reviewer: s.reviewerEmail, allowed }).toEqual({
          key: s.key,
          reviewer: s.reviewerEmail,
          allowed: true,
        });
      }
    });
  });

  it('contains no personal data the content check would flag', () => {
    const texts: [string, string][] = [
      ...DEMO_KNOWLEDGE_POSTS.flatMap((p): [string, string][] => [
        [`post ${p.key} title`, p.title],
        [`post ${p.key} body`, p.bodyMarkdown],
        [`post ${p.key} tags`, p.tags.join(' ')],
      ]),
      ...DEMO_TEMPLATES.flatMap((t): [string, string][] => [
        [`template ${t.key} title`, t.title],
        [`template ${t.key} description`, t.description],
        [`template ${t.key} body`, t.body],
      ]),
      ...DEMO_STORIES.flatMap((s): [string, string][] => [
        [`story ${s.key} title`, s.title],
        [`story ${s.key} improved`, s.improved],
        [`story ${s.key} how`, s.howMarkdown],
        [`story ${s.key} quality`, s.qualityNote ?? ''],
        [`story ${s.key} review`, s.reviewComment ?? ''],
      ]),
    ];
    for (const [where, text] of texts) {
      const flags = checkContent(text, { bannedTerms: [] }).map((f) => `${f.kind}: ${f.match}`);
      expect({ where, flags }).toEqual({ where, flags: [] });
    }
  });

  it('has sensible activity parameters', () => {
    const { months, viewsPerPublishedPostPerWeek, reusesPerPublishedTemplatePerWeek } =
      DEMO_ACTIVITY;
    expect(Number.isInteger(months) && months >= 1 && months <= 12).toBe(true);
    for (const [min, max] of [viewsPerPublishedPostPerWeek, reusesPerPublishedTemplatePerWeek]) {
      expect(Number.isInteger(min) && Number.isInteger(max)).toBe(true);
      expect(0 <= min && min <= max).toBe(true);
    }
    expect(DEMO_ACTIVITY.likeProbability).toBeGreaterThanOrEqual(0);
    expect(DEMO_ACTIVITY.likeProbability).toBeLessThanOrEqual(1);
  });
});
