import { type AccessRule, isAllowed } from './access-rule';

describe('isAllowed', () => {
  const staff = { roles: ['staff'] as const };
  const hr = { roles: ['staff', 'hr'] as const };

  it('lets anyone through a public rule', () => {
    expect(isAllowed({ kind: 'public' }, null)).toBe(true);
    expect(isAllowed({ kind: 'public' }, staff)).toBe(true);
  });

  it('requires a signed-in viewer for an authenticated rule', () => {
    expect(isAllowed({ kind: 'authenticated' }, null)).toBe(false);
    expect(isAllowed({ kind: 'authenticated' }, staff)).toBe(true);
    expect(isAllowed({ kind: 'authenticated' }, { roles: [] })).toBe(true);
  });

  it('requires one of the roles for a roles rule', () => {
    const rule: AccessRule = { kind: 'roles', roles: ['hr', 'admin'] };
    expect(isAllowed(rule, hr)).toBe(true);
    expect(isAllowed(rule, staff)).toBe(false);
    expect(isAllowed(rule, null)).toBe(false);
  });

  it('denies everyone when a roles rule lists no role', () => {
    expect(isAllowed({ kind: 'roles', roles: [] }, hr)).toBe(false);
  });

  it('denies an unknown rule kind at run time', () => {
    const bogus = { kind: 'everyone' } as unknown as AccessRule;
    expect(isAllowed(bogus, hr)).toBe(false);
  });
});
