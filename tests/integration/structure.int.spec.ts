import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

describe('departments and teams', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = t.client();
    await admin.login('admin@example.com');
  });
  afterAll(() => t.close());

  const create = (name: string, parentId?: string) =>
    admin.request<{
      createDepartment: { id: string; name: string; parent: { id: string } | null };
    }>(
      'mutation C($input: DepartmentInput!) { createDepartment(input: $input) { id name parent { id } } }',
      { input: { name, parentId } },
    );

  it('nests departments one level and reports children and member counts', async () => {
    const parent = (await create('品質保証部')).data!.createDepartment;
    const child = (await create('品質保証一課', parent.id)).data!.createDepartment;
    expect(child.parent).toEqual({ id: parent.id });
    const tooDeep = await create('品質保証一課A班', child.id);
    expect(errorCode(tooDeep)).toBe('BAD_USER_INPUT');
    expect(tooDeep.errors?.[0].extensions?.fields?.[0].code).toBe('department.tooDeep');

    const { departments } = await admin.ok<{
      departments: { id: string; children: { id: string }[]; memberCount: number }[];
    }>('{ departments { id memberCount children { id } } }');
    expect(departments.find((d) => d.id === parent.id)?.children).toEqual([{ id: child.id }]);
    expect(departments.some((d) => d.memberCount > 0)).toBe(true);
  });

  it('rejects duplicate names and deleting a department that has members', async () => {
    expect(errorCode(await create('品質保証部'))).toBe('BAD_USER_INPUT');
    const { me } = await admin.ok<{ me: { department: { id: string } | null } }>(
      '{ me { department { id } } }',
    );
    const res = await admin.request('mutation D($id: ID!) { deleteDepartment(id: $id) }', {
      id: me.department!.id,
    });
    expect(res.errors?.[0].extensions?.fields?.[0].code).toBe('department.inUse');
  });

  it('creates, renames, moves and deletes teams', async () => {
    const dep = (await create('新規事業部')).data!.createDepartment;
    const team = await admin.ok<{ createTeam: { id: string } }>(
      'mutation { createTeam(input: { name: "新規チーム" }) { id } }',
    );
    const moved = await admin.ok<{
      updateTeam: { name: string; department: { id: string }; memberCount: number };
    }>(
      'mutation U($id: ID!, $d: ID) { updateTeam(id: $id, input: { name: "新規事業チーム", departmentId: $d }) { name department { id } memberCount } }',
      { id: team.createTeam.id, d: dep.id },
    );
    expect(moved.updateTeam).toEqual({
      name: '新規事業チーム',
      department: { id: dep.id },
      memberCount: 0,
    });
    await admin.ok('mutation D($id: ID!) { deleteTeam(id: $id) }', { id: team.createTeam.id });
    const { teams } = await admin.ok<{ teams: { id: string }[] }>('{ teams { id } }');
    expect(teams.map((x) => x.id)).not.toContain(team.createTeam.id);
  });

  it('validates and saves organization settings', async () => {
    const bad = await admin.request(
      'mutation { updateOrganization(input: { timeZone: "Mars/Olympus", fiscalYearStartMonth: 13 }) { id } }',
    );
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'fiscalYearStartMonth',
      'timeZone',
    ]);
    const ok = await admin.ok<{
      updateOrganization: { name: string; fiscalYearStartMonth: number; timeZone: string };
    }>(
      'mutation { updateOrganization(input: { name: "ちえのわ商事", fiscalYearStartMonth: 1 }) { name fiscalYearStartMonth timeZone } }',
    );
    expect(ok.updateOrganization).toEqual({
      name: 'ちえのわ商事',
      fiscalYearStartMonth: 1,
      timeZone: 'Asia/Tokyo',
    });
    const staff = t.client();
    await staff.login('staff@example.com');
    expect(
      errorCode(
        await staff.request('mutation { updateOrganization(input: { name: "x" }) { id } }'),
      ),
    ).toBe('FORBIDDEN');
  });
});
