import {
  TEMPLATE_BODY_MAX_BYTES,
  TEMPLATE_STATUSES,
  canEditTemplate,
  canSeeTemplate,
  canTransitionTemplate,
  isTemplateStatus,
  templateTransitionPointEffect,
  templateTextByteLength,
  validateTemplateContent,
} from './template-rules';

const content = (over: Partial<{ title: string; description: string; body: string }> = {}) => ({
  title: '議事録要約',
  description: '会議メモから要点をまとめます。',
  body: '{{会議名}}の議事録を要約してください。',
  ...over,
});

describe('template status transitions', () => {
  it('publishes drafts, archives published ones and restores archived ones', () => {
    expect(canTransitionTemplate('draft', 'published')).toBe(true);
    expect(canTransitionTemplate('published', 'archived')).toBe(true);
    expect(canTransitionTemplate('archived', 'published')).toBe(true);
    expect(canTransitionTemplate('published', 'draft')).toBe(false);
    expect(canTransitionTemplate('published', 'published')).toBe(false);
  });

  it('awards on entering published and reverses on leaving it', () => {
    expect(templateTransitionPointEffect('draft', 'published')).toBe('award');
    expect(templateTransitionPointEffect('archived', 'published')).toBe('award');
    expect(templateTransitionPointEffect('published', 'archived')).toBe('reverse');
    expect(templateTransitionPointEffect('draft', 'archived')).toBe('none');
    expect(templateTransitionPointEffect('published', 'draft')).toBe('none');
  });

  it('recognizes statuses', () => {
    expect(TEMPLATE_STATUSES.every(isTemplateStatus)).toBe(true);
    expect(isTemplateStatus('deleted')).toBe(false);
  });
});

describe('template visibility and editing', () => {
  const staff = { memberId: 'm1', roles: ['staff'] as const };
  const admin = { memberId: 'a1', roles: ['admin'] as const };
  it('shows published templates to everyone, drafts only to the author and admins', () => {
    expect(canSeeTemplate(staff, { authorId: 'x', status: 'published' })).toBe(true);
    expect(canSeeTemplate(staff, { authorId: 'x', status: 'draft' })).toBe(false);
    expect(canSeeTemplate(staff, { authorId: 'x', status: 'archived' })).toBe(false);
    expect(canSeeTemplate(staff, { authorId: 'm1', status: 'draft' })).toBe(true);
    expect(canSeeTemplate(admin, { authorId: 'x', status: 'draft' })).toBe(true);
  });

  it('lets the author and admins edit', () => {
    expect(canEditTemplate(staff, { authorId: 'm1' })).toBe(true);
    expect(canEditTemplate(staff, { authorId: 'x' })).toBe(false);
    expect(canEditTemplate(admin, { authorId: 'x' })).toBe(true);
  });
});

describe('validateTemplateContent', () => {
  it('accepts a valid template and returns its parsed placeholders', () => {
    const r = validateTemplateContent(content({ title: '  議事録\t要約（改） ' }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.title).toBe('議事録 要約（改）');
      expect(r.value.parsed.placeholders.map((p) => p.name)).toEqual(['会議名']);
    }
  });

  it('reports every field at once, with positions for body syntax errors', () => {
    const r = validateTemplateContent({
      title: ' ',
      description: 'あ'.repeat(2001),
      body: '前文\n{{会議名',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual([
        'title.required',
        'description.tooLong',
        'template.unclosed',
      ]);
      expect(r.errors[2]).toMatchObject({ field: 'body', offset: 3, line: 2, column: 1 });
    }
  });

  it('limits the title to 200 characters counted in code points', () => {
    expect(validateTemplateContent(content({ title: '𠮷'.repeat(200) })).ok).toBe(true);
    const r = validateTemplateContent(content({ title: '𠮷'.repeat(201) }));
    expect(!r.ok && r.errors[0].code).toBe('title.tooLong');
  });

  it('limits the body in UTF-8 bytes as well as characters (MySQL TEXT)', () => {
    expect(templateTextByteLength('あ')).toBe(3);
    expect(templateTextByteLength('🍣')).toBe(4);
    expect(templateTextByteLength('é')).toBe(2);
    // 16,000 emoji are within the 20,000-character limit but 64,000 bytes.
    const r = validateTemplateContent(content({ body: '🍣'.repeat(16_000) }));
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['body.tooLong']);
    expect(
      validateTemplateContent(content({ body: 'a'.repeat(TEMPLATE_BODY_MAX_BYTES + 1) })).ok,
    ).toBe(false);
  });

  it('keeps line breaks in the description', () => {
    const r = validateTemplateContent(content({ description: ' 一行目\r\n二行目\u0000 ' }));
    expect(r.ok && r.value.description).toBe('一行目\n二行目');
  });
});
