import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNextPath('/admin/members?x=1')).toBe('/admin/members?x=1');
  });

  it('falls back to home for missing, external or protocol-relative targets', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
