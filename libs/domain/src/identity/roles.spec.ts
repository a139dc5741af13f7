import {
  hasAnyRole,
  isRole,
  parseRole,
  parseRoleList,
  ROLE_LABELS,
  ROLES,
  sortRoles,
} from './roles';

describe('parseRole', () => {
  it.each([
    ['staff', 'staff'],
    ['STAFF', 'staff'],
    ['ＳＴＡＦＦ', 'staff'],
    ['  Ambassador ', 'ambassador'],
    ['HR', 'hr'],
    ['Ａｄｍｉｎ', 'admin'],
    ['社員', 'staff'],
    ['一般', 'staff'],
    ['一般社員', 'staff'],
    ['スタッフ', 'staff'],
    ['ｽﾀｯﾌ', 'staff'],
    ['アンバサダー', 'ambassador'],
    ['推進リーダー', 'ambassador'],
    ['管理職', 'manager'],
    ['マネージャー', 'manager'],
    ['マネジャー', 'manager'],
    ['人事', 'hr'],
    ['人事部', 'hr'],
    ['管理者', 'admin'],
    ['システム管理者', 'admin'],
    ['アドミン', 'admin'],
  ])('maps %s to %s', (label, role) => {
    expect(parseRole(label)).toBe(role);
  });

  it.each(['', 'boss', '社長', 'staffs', 'human resources'])('rejects %p', (label) => {
    expect(parseRole(label)).toBeNull();
  });
});

describe('parseRoleList', () => {
  it('treats an empty cell as staff', () => {
    expect(parseRoleList('')).toEqual({ roles: ['staff'], unknown: [] });
    expect(parseRoleList(' 　')).toEqual({ roles: ['staff'], unknown: [] });
  });

  it('splits on every supported separator and sorts in ROLES order', () => {
    expect(parseRoleList('admin;社員')).toEqual({ roles: ['staff', 'admin'], unknown: [] });
    expect(parseRoleList('管理職、アンバサダー・人事|staff/admin')).toEqual({
      roles: ['staff', 'ambassador', 'manager', 'hr', 'admin'],
      unknown: [],
    });
    expect(parseRoleList('manager, staff')).toEqual({ roles: ['staff', 'manager'], unknown: [] });
    expect(parseRoleList('manager　staff')).toEqual({ roles: ['staff', 'manager'], unknown: [] });
    expect(parseRoleList('ｱﾝﾊﾞｻﾀﾞｰ､社員')).toEqual({ roles: ['staff', 'ambassador'], unknown: [] });
  });

  it('deduplicates', () => {
    expect(parseRoleList('社員;staff;一般')).toEqual({ roles: ['staff'], unknown: [] });
  });

  it('reports unknown labels once', () => {
    expect(parseRoleList('社員;社長;社長;boss')).toEqual({
      roles: ['staff'],
      unknown: ['社長', 'boss'],
    });
    expect(parseRoleList('社長')).toEqual({ roles: [], unknown: ['社長'] });
  });
});

describe('hasAnyRole', () => {
  it('is true when one required role is held', () => {
    expect(hasAnyRole(['staff', 'hr'], ['hr', 'admin'])).toBe(true);
  });

  it('is false when none is held or nothing is required', () => {
    expect(hasAnyRole(['staff'], ['hr', 'admin'])).toBe(false);
    expect(hasAnyRole([], ['staff'])).toBe(false);
    expect(hasAnyRole(['admin'], [])).toBe(false);
  });
});

describe('role helpers', () => {
  it('labels every role in both languages', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].ja).not.toBe('');
      expect(ROLE_LABELS[role].en).not.toBe('');
    }
    expect(ROLE_LABELS.ambassador.ja).toBe('アンバサダー');
  });

  it('recognizes role values', () => {
    expect(isRole('hr')).toBe(true);
    expect(isRole('HR')).toBe(false);
    expect(isRole(3)).toBe(false);
  });

  it('sorts and deduplicates', () => {
    expect(sortRoles(['admin', 'staff', 'admin'])).toEqual(['staff', 'admin']);
  });
});
