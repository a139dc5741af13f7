import { readListFilter, toPostFilter, writeListFilter } from './list-filter';

describe('knowledge list filter', () => {
  it('defaults to published posts without filters', () => {
    const state = readListFilter(new URLSearchParams(''));
    expect(state).toEqual({
      status: 'PUBLISHED',
      tag: null,
      departmentId: null,
      needsReview: false,
      mine: false,
    });
    expect(toPostFilter(state, 'me')).toEqual({ status: 'PUBLISHED' });
    expect(writeListFilter(state).toString()).toBe('');
  });

  it('round-trips through the URL and ignores unknown statuses', () => {
    const params = new URLSearchParams('status=BOGUS&tag=経理&dept=d1&review=1&mine=1');
    const state = readListFilter(params);
    expect(state.status).toBe('PUBLISHED');
    expect(readListFilter(writeListFilter(state))).toEqual(state);
    expect(toPostFilter(state, 'me')).toEqual({
      status: 'PUBLISHED',
      tag: '経理',
      departmentId: 'd1',
      needsReview: true,
      authorId: 'me',
    });
  });

  it('lists own drafts without the author or review filters', () => {
    const state = readListFilter(new URLSearchParams('status=DRAFT&review=1&mine=1'));
    expect(toPostFilter(state, 'me')).toEqual({ status: 'DRAFT' });
  });
});
