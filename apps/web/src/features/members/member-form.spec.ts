import {
  EMPTY_MEMBER_FORM,
  type MemberFormValues,
  missingRequiredFields,
  toCreateMemberInput,
  toUpdateMemberInput,
} from './member-form';

const filled: MemberFormValues = {
  ...EMPTY_MEMBER_FORM,
  email: ' hanako@example.com ',
  displayName: '佐藤 花子',
  nameReading: 'サトウ ハナコ',
};

describe('member form', () => {
  it('requires email, name, reading and at least one role', () => {
    expect(missingRequiredFields({ ...EMPTY_MEMBER_FORM, roles: [] })).toEqual([
      'email',
      'displayName',
      'nameReading',
      'roles',
    ]);
    expect(missingRequiredFields(filled)).toEqual([]);
  });

  it('builds a create input with trimmed values, nulls for blanks and no locale for the org default', () => {
    expect(toCreateMemberInput(filled)).toEqual({
      email: 'hanako@example.com',
      displayName: '佐藤 花子',
      nameReading: 'サトウ ハナコ',
      employeeNumber: null,
      departmentId: null,
      teamIds: [],
      roles: ['STAFF'],
      joinedOn: null,
    });
    expect(toCreateMemberInput({ ...filled, locale: 'EN' }).locale).toBe('EN');
  });

  it('sends only changed fields on update, clearing optional ones with null', () => {
    const initial: MemberFormValues = {
      ...filled,
      email: 'hanako@example.com',
      employeeNumber: 'C00001',
      teamIds: ['a', 'b'],
      locale: 'JA',
    };
    expect(toUpdateMemberInput(initial, { ...initial, teamIds: ['b', 'a'] })).toEqual({});
    expect(
      toUpdateMemberInput(initial, {
        ...initial,
        employeeNumber: '',
        roles: ['STAFF', 'MANAGER'],
        locale: 'EN',
      }),
    ).toEqual({ employeeNumber: null, roles: ['STAFF', 'MANAGER'], locale: 'EN' });
  });
});
