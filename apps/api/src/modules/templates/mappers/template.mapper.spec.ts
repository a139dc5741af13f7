import type { Viewer } from '../../../common/auth/viewer';
import type { PromptTemplateEntity } from '../entities/prompt-template.entity';
import { placeholdersOf, toTemplateModel } from './template.mapper';

const viewer = (memberId: string, roles: Viewer['roles'] = ['staff']): Viewer => ({
  memberId,
  organizationId: 'org',
  roles,
  locale: 'ja',
  sessionTokenHash: 'hash',
});

const entity = (body: string): PromptTemplateEntity => ({
  id: 't1',
  organizationId: 'org',
  authorId: 'author',
  title: '議事録要約',
  description: '',
  categoryId: 'c1',
  kind: 'fill-in',
  targetTool: 'any',
  body,
  status: 'published',
  forkedFromId: null,
  publishCount: 1,
  reuseCount: 3,
  forkCount: 0,
  createdAt: new Date('2026-04-01T00:00:00Z'),
  updatedAt: new Date('2026-04-01T00:00:00Z'),
});

describe('template mapper', () => {
  it('lists one placeholder per distinct name, with default and hint', () => {
    expect(placeholdersOf('{{会議名}}と{{ 会議名 }}、{{字数|300|例: 300}}')).toEqual([
      { name: '会議名', defaultValue: null, hint: null },
      { name: '字数', defaultValue: '300', hint: '例: 300' },
    ]);
  });

  it('shows no inputs for a body that no longer parses instead of failing the query', () => {
    expect(placeholdersOf('{{壊れた')).toEqual([]);
  });

  it('lets the author and admins edit', () => {
    expect(toTemplateModel(entity('x'), viewer('author')).canEdit).toBe(true);
    expect(toTemplateModel(entity('x'), viewer('someone')).canEdit).toBe(false);
    expect(toTemplateModel(entity('x'), viewer('boss', ['admin'])).canEdit).toBe(true);
  });
});
