import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation Create($input: CreateMemberInput!) {
  createMember(input: $input) { temporaryPassword member { id email displayName nameReading roles department { name } teams { name } } }
}`;

type Created = {
  createMember: {
    temporaryPassword: string;
    member: {
      id: string;
      email: string;
      displayName: string;
      nameReading: string;
      roles: string[];
      department: { name: string } | null;
      teams: { name: string }[];
    };
  };
};

describe('members administration', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let departments: { id: string; name: string }[];
  let teams: { id: string; name: string }[];

  const memberCount = async () =>
    (
      await admin.ok<{ members: { totalCount: number } }>(
        '{ members(filter: { includeInactive: true }) { totalCount } }',
      )
    ).members.totalCount;

  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login('admin@example.com');
    ({ departments } = await admin.ok<{ departments: { id: string; name: string }[] }>(
      '{ departments { id name } }',
    ));
    ({ teams } = await admin.ok<{ teams: { id: string; name: string }[] }>(
      '{ teams { id name } }',
    ));
  });
  afterAll(() => t.close());

  it('seeds ~40 demo members with every role, listed in reading (五十音) order', async () => {
    const { members } = await admin.ok<{
      members: { totalCount: number; edges: { node: { nameReading: string; roles: string[] } }[] };
    }>('{ members(first: 200) { totalCount edges { node { nameReading roles } } } }');
    expect(members.totalCount).toBeGreaterThanOrEqual(35);
    const readings = members.edges.map((e) => e.node.nameReading);
    expect(readings).toEqual([...readings].sort());
    const roles = new Set(members.edges.flatMap((e) => e.node.roles));
    expect([...roles].sort()).toEqual(['ADMIN', 'AMBASSADOR', 'HR', 'MANAGER', 'STAFF']);
  });

  it('paginates with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        members: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await admin.ok(
        'query P($after: String) { members(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...page.members.edges.map((e) => e.node.id));
      if (!page.members.pageInfo.hasNextPage) break;
      after = page.members.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const active = await admin.ok<{ members: { totalCount: number } }>(
      '{ members { totalCount } }',
    );
    expect(seen.length).toBe(active.members.totalCount);
  });

  it('creates a member with rare kanji and emoji intact, department, teams and roles', async () => {
    const res = await admin.ok<Created>(CREATE, {
      input: {
        email: 'Yoshida.Rare@Example.com',
        displayName: '𠮷田 髙子 🎉',
        nameReading: 'よしだ たかこ',
        employeeNumber: 'Ｅ１２３４５',
        departmentId: departments[0].id,
        teamIds: [teams[0].id],
        roles: ['STAFF', 'AMBASSADOR'],
        joinedOn: '2024-04-01',
      },
    });
    const m = res.createMember.member;
    expect(m.email).toBe('yoshida.rare@example.com');
    expect(m.displayName).toBe('𠮷田 髙子 🎉');
    expect(m.nameReading).toBe('ヨシダ タカコ');
    expect(m.department?.name).toBe(departments[0].name);
    expect(m.teams.map((x) => x.name)).toEqual([teams[0].name]);
    expect(m.roles.sort()).toEqual(['AMBASSADOR', 'STAFF']);
    expect(res.createMember.temporaryPassword.length).toBeGreaterThanOrEqual(12);

    const reread = await admin.ok<{ member: { displayName: string; employeeNumber: string } }>(
      'query M($id: ID!) { member(id: $id) { displayName employeeNumber } }',
      { id: m.id },
    );
    expect(reread.member).toEqual({ displayName: '𠮷田 髙子 🎉', employeeNumber: 'E12345' });

    const newcomer = t.client();
    await newcomer.login('yoshida.rare@example.com', res.createMember.temporaryPassword);
  });

  it('rejects a duplicate email clearly and changes nothing', async () => {
    const before = await memberCount();
    const res = await admin.request(CREATE, {
      input: {
        email: 'staff@example.com',
        displayName: '重複 太郎',
        nameReading: 'ジュウフク タロウ',
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'email', code: 'email.duplicate' }),
    ]);
    expect(await memberCount()).toBe(before);
  });

  it('collects every field error of a bad input at once', async () => {
    const res = await admin.request(CREATE, {
      input: { email: 'not-an-email', displayName: '', nameReading: '123', joinedOn: '2024-02-30' },
    });
    const fields = res.errors?.[0].extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(
      expect.arrayContaining(['displayName', 'email', 'joinedOn', 'nameReading']),
    );
  });

  it('updates, deactivates (ending sessions and sign-in) and reactivates a member', async () => {
    const created = await admin.ok<Created>(CREATE, {
      input: { email: 'deact@example.com', displayName: '停止 花子', nameReading: 'テイシ ハナコ' },
    });
    const id = created.createMember.member.id;
    const member = t.client();
    await member.login('deact@example.com', created.createMember.temporaryPassword);

    const upd = await admin.ok<{
      updateMember: { displayName: string; teams: { id: string }[]; department: null };
    }>(
      'mutation U($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { displayName teams { id } department { id } } }',
      { id, input: { displayName: '停止 花子(改)', teamIds: [teams[1].id], departmentId: null } },
    );
    expect(upd.updateMember).toEqual({
      displayName: '停止 花子(改)',
      teams: [{ id: teams[1].id }],
      department: null,
    });

    await admin.ok('mutation D($id: ID!) { deactivateMember(id: $id) { active } }', { id });
    expect((await member.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
    const relog = await t
      .client()
      .request(
        'mutation L($p: String!) { login(email: "deact@example.com", password: $p) { id } }',
        { p: created.createMember.temporaryPassword },
      );
    expect(errorCode(relog)).toBe('UNAUTHENTICATED');
    const activeOnly = await admin.ok<{ members: { edges: { node: { id: string } }[] } }>(
      '{ members(first: 200) { edges { node { id } } } }',
    );
    expect(activeOnly.members.edges.map((e) => e.node.id)).not.toContain(id);

    await admin.ok('mutation R($id: ID!) { reactivateMember(id: $id) { active } }', { id });
    await t.client().login('deact@example.com', created.createMember.temporaryPassword);
  });

  it('does not let an admin deactivate themselves', async () => {
    const { me } = await admin.ok<{ me: { id: string } }>('{ me { id } }');
    const res = await admin.request('mutation D($id: ID!) { deactivateMember(id: $id) { id } }', {
      id: me.id,
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('resets a password to a one-time temporary password', async () => {
    const { members } = await admin.ok<{ members: { edges: { node: { id: string } }[] } }>(
      '{ members(filter: { search: "manager@example.com" }) { edges { node { id } } } }',
    );
    const res = await admin.ok<{ resetMemberPassword: string }>(
      'mutation R($id: ID!) { resetMemberPassword(id: $id) }',
      { id: members.edges[0].node.id },
    );
    await t.client().login('manager@example.com', res.resetMemberPassword);
  });

  it('searches by kana reading (hiragana finds katakana), name and employee number', async () => {
    const byKana = await admin.ok<{ members: { edges: { node: { nameReading: string } }[] } }>(
      '{ members(filter: { search: "よしだ" }) { edges { node { nameReading } } } }',
    );
    expect(byKana.members.edges.length).toBeGreaterThan(0);
    expect(byKana.members.edges.every((e) => e.node.nameReading.includes('ヨシダ'))).toBe(true);
    const byNumber = await admin.ok<{ members: { totalCount: number } }>(
      '{ members(filter: { search: "e12345" }) { totalCount } }',
    );
    expect(byNumber.members.totalCount).toBe(1);
  });

  it('forbids staff from administering members (deny by role)', async () => {
    const staff = t.client();
    await staff.login('staff@example.com');
    const res = await staff.request(CREATE, {
      input: { email: 'x@example.com', displayName: 'X', nameReading: 'エックス' },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const dept = await staff.request(
      'mutation { createDepartment(input: { name: "闇部署" }) { id } }',
    );
    expect(errorCode(dept)).toBe('FORBIDDEN');
  });

  it('persists a member’s language preference', async () => {
    const staff = t.client();
    await staff.login('staff@example.com');
    await staff.ok('mutation { updateMyPreferences(input: { locale: EN }) { locale } }');
    const again = t.client();
    await again.login('staff@example.com');
    expect((await again.ok<{ me: { locale: string } }>('{ me { locale } }')).me.locale).toBe('EN');
  });
});
