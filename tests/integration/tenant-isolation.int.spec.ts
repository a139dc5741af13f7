import { memberCsv, toBase64 } from '../support/csv-fixtures';
import { createOrganization, TEST_PASSWORD } from '../support/factories';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Organization A is the demo company; organization B is a second tenant on the same
 * installation. B's admin tries every operation against A's ids and must see nothing of A
 * and change nothing of A.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let adminA: GraphQLClient;
  let adminB: GraphQLClient;
  let a: { memberId: string; departmentId: string; teamId: string; memberIds: string[] };

  const snapshotA = async () =>
    adminA.ok(
      '{ organization { name timeZone } members(first: 200, filter: { includeInactive: true }) { totalCount edges { node { id email displayName active roles department { id } teams { id } } } } departments { id name parentId } teams { id name departmentId } }',
    );

  beforeAll(async () => {
    t = await startTestApp();
    await createOrganization(t.dataSource, 'beta');
    adminA = t.client();
    await adminA.login('admin@example.com');
    adminB = t.client();
    await adminB.login('admin@beta.example.com', TEST_PASSWORD);
    const data = await adminA.ok<{
      members: { edges: { node: { id: string; email: string } }[] };
      departments: { id: string }[];
      teams: { id: string }[];
    }>('{ members(first: 200) { edges { node { id email } } } departments { id } teams { id } }');
    a = {
      memberId: data.members.edges.find((e) => e.node.email === 'staff@example.com')!.node.id,
      departmentId: data.departments[0].id,
      teamId: data.teams[0].id,
      memberIds: data.members.edges.map((e) => e.node.id),
    };
  });
  afterAll(() => t.close());

  it('shows B only its own organization and members', async () => {
    const res = await adminB.ok<{
      me: { organization: { slug: string } };
      organization: { slug: string };
      members: { edges: { node: { id: string; email: string } }[] };
      departments: unknown[];
      teams: unknown[];
    }>(
      '{ me { organization { slug } } organization { slug } members(first: 200, filter: { includeInactive: true }) { edges { node { id email } } } departments { id } teams { id } }',
    );
    expect(res.me.organization.slug).toBe('beta');
    expect(res.organization.slug).toBe('beta');
    expect(res.members.edges.map((e) => e.node.email)).toEqual(['admin@beta.example.com']);
    expect(res.departments).toEqual([]);
    expect(res.teams).toEqual([]);
    for (const filter of [
      { departmentId: a.departmentId },
      { teamId: a.teamId },
      { search: 'example.com' },
    ]) {
      const filtered = await adminB.ok<{ members: { edges: { node: { email: string } }[] } }>(
        'query F($f: MemberFilter) { members(filter: $f) { edges { node { email } } } }',
        { f: filter },
      );
      expect(filtered.members.edges.every((e) => e.node.email.endsWith('beta.example.com'))).toBe(
        true,
      );
    }
  });

  it('cannot read or change anything of A through any operation', async () => {
    const before = await snapshotA();
    const attempts: [string, Record<string, unknown>][] = [
      ['query Q($id: ID!) { member(id: $id) { id } }', { id: a.memberId }],
      [
        'mutation M($id: ID!) { updateMember(id: $id, input: { displayName: "乗っ取り" }) { id } }',
        { id: a.memberId },
      ],
      ['mutation M($id: ID!) { deactivateMember(id: $id) { id } }', { id: a.memberId }],
      ['mutation M($id: ID!) { reactivateMember(id: $id) { id } }', { id: a.memberId }],
      ['mutation M($id: ID!) { resetMemberPassword(id: $id) }', { id: a.memberId }],
      [
        'mutation M($id: ID!) { updateDepartment(id: $id, input: { name: "乗っ取り" }) { id } }',
        { id: a.departmentId },
      ],
      ['mutation M($id: ID!) { deleteDepartment(id: $id) }', { id: a.departmentId }],
      [
        'mutation M($id: ID!) { updateTeam(id: $id, input: { name: "乗っ取り" }) { id } }',
        { id: a.teamId },
      ],
      ['mutation M($id: ID!) { deleteTeam(id: $id) }', { id: a.teamId }],
      [
        'mutation M($d: ID!) { createDepartment(input: { name: "子", parentId: $d }) { id } }',
        { d: a.departmentId },
      ],
      [
        'mutation M($d: ID!) { createTeam(input: { name: "チーム", departmentId: $d }) { id } }',
        { d: a.departmentId },
      ],
      [
        'mutation M($d: ID!, $t: ID!) { createMember(input: { email: "x@beta.example.com", displayName: "X", nameReading: "エックス", departmentId: $d, teamIds: [$t] }) { member { id } } }',
        { d: a.departmentId, t: a.teamId },
      ],
    ];
    for (const [query, variables] of attempts) {
      const res = await adminB.request(query, variables);
      expect({ query, code: errorCode(res) }).toEqual({
        query,
        code: expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/),
      });
    }
    // Importing A's emails into B is refused (emails are unique across the installation).
    const csv = memberCsv(1, {
      prefix: 'x',
      mutate: (row) => [row[0], row[1], row[2], 'staff@example.com', ...row.slice(4)],
    });
    const imported = await adminB.ok<{ importMembers: { ok: boolean } }>(
      'mutation I($f: String!) { importMembers(fileBase64: $f) { ok } }',
      { f: toBase64(Buffer.from(csv)) },
    );
    expect(imported.importMembers.ok).toBe(false);
    expect(await snapshotA()).toEqual(before);
  });

  it('B cannot see A’s data through nested fields either', async () => {
    const res = await adminB.request(
      'query Q($id: ID!) { member(id: $id) { organization { name } department { name } } }',
      {
        id: a.memberIds[0],
      },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });
});
