import { readSearchParams, searchHitPath, writeSearchParams } from './search-params';

describe('search URL parameters', () => {
  it('reads the query and filters, ignoring unknown types and blanks', () => {
    const state = readSearchParams(
      new URLSearchParams('q=議事録&type=STORY&type=BOGUS&type=KNOWLEDGE_POST&tag=&dept=d1'),
    );
    expect(state).toEqual({
      query: '議事録',
      types: ['KNOWLEDGE_POST', 'STORY'],
      tag: null,
      departmentId: 'd1',
    });
  });

  it('writes them back so that reading gives the same state', () => {
    const state = {
      query: ' 日報 AI ',
      types: ['TEMPLATE' as const],
      tag: '営業',
      departmentId: null,
    };
    const params = writeSearchParams(state);
    expect(params.toString()).toBe('q=%E6%97%A5%E5%A0%B1+AI&type=TEMPLATE&tag=%E5%96%B6%E6%A5%AD');
    expect(readSearchParams(params)).toEqual({ ...state, query: '日報 AI' });
  });
});

describe('searchHitPath', () => {
  it('links each type to its page', () => {
    expect(searchHitPath('KNOWLEDGE_POST', 'p1')).toBe('/knowledge/p1');
    expect(searchHitPath('TEMPLATE', 't1')).toBe('/templates/t1');
    expect(searchHitPath('STORY', 's/1')).toBe('/stories/s%2F1');
  });
});
