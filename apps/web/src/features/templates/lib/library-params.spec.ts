import { DEFAULT_LIBRARY_STATE, readLibraryParams, writeLibraryParams } from './library-params';

describe('library filters in the URL', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const state = {
      categoryId: 'c1',
      kind: 'TASK' as const,
      targetTool: 'CLAUDE' as const,
      orderBy: 'MOST_REUSED' as const,
      status: 'DRAFT' as const,
    };
    const params = writeLibraryParams(state);
    expect(params.toString()).toBe(
      'category=c1&kind=TASK&tool=CLAUDE&sort=MOST_REUSED&status=DRAFT',
    );
    expect(readLibraryParams(params)).toEqual(state);
    expect(writeLibraryParams(DEFAULT_LIBRARY_STATE).toString()).toBe('');
  });

  it('ignores unknown values', () => {
    expect(readLibraryParams(new URLSearchParams('kind=x&tool=y&sort=z&status=w'))).toEqual(
      DEFAULT_LIBRARY_STATE,
    );
  });
});
