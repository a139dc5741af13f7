import { errorCode, GraphQLClient } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `query { me { id email displayName roles organization { name slug timeZone fiscalYearStartMonth locale } department { name } teams { name } } }`;

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' } });
  });
  afterAll(() => t.close());

  it('signs in the demo admin with an HttpOnly SameSite cookie and `me` returns the demo organization', async () => {
    const c = t.client();
    const res = await c.request(
      'mutation { login(email: "ADMIN@example.com ", password: "chienowa-demo") { email } }',
    );
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chienowa_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const { me } = await c.ok<{
      me: { email: string; roles: string[]; organization: Record<string, unknown> };
    }>(ME);
    expect(me.email).toBe('admin@example.com');
    expect(me.roles).toContain('ADMIN');
    expect(me.organization).toEqual({
      name: '株式会社ちえのわ商事',
      slug: 'demo',
      timeZone: 'Asia/Tokyo',
      fiscalYearStartMonth: 4,
      locale: 'JA',
    });
  });

  it('returns null for `me` when signed out and UNAUTHENTICATED for protected operations', async () => {
    const c = t.client();
    expect((await c.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
    const res = await c.request('{ organization { name } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('gives the same generic error for a wrong password and an unknown email (no user enumeration)', async () => {
    const c = t.client();
    const wrong = await c.request(
      'mutation { login(email: "staff@example.com", password: "nope-nope-nope") { id } }',
    );
    const unknown = await c.request(
      'mutation { login(email: "nobody@example.com", password: "nope-nope-nope") { id } }',
    );
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    // Errors travel with HTTP 200 so GraphQL clients keep extensions.code.
    expect(wrong.status).toBe(200);
  });

  it('rate-limits repeated failures for an account and then refuses even the right password', async () => {
    const c = t.client();
    for (let i = 0; i < 3; i += 1) {
      const res = await c.request(
        'mutation { login(email: "hr@example.com", password: "wrong-password-x") { id } }',
      );
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const blocked = await c.request(
      'mutation { login(email: "hr@example.com", password: "chienowa-demo") { id } }',
    );
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('signs out: the session cookie no longer works', async () => {
    const c = t.client();
    await c.login('manager@example.com');
    const stolen = new GraphQLClient(t.url);
    Object.assign(stolen, { cookie: c.sessionCookie });
    expect((await stolen.ok<{ me: { email: string } }>('{ me { email } }')).me.email).toBe(
      'manager@example.com',
    );
    expect((await c.ok<{ logout: boolean }>('mutation { logout }')).logout).toBe(true);
    expect((await stolen.ok<{ me: null }>('{ me { email } }')).me).toBeNull();
  });

  it('changes the password: checks the current one and the policy, then ends other sessions', async () => {
    const c = t.client();
    await c.login('staff@example.com');
    const other = t.client();
    await other.login('staff@example.com');

    const wrongCurrent = await c.request(
      'mutation { changePassword(currentPassword: "bad", newPassword: "a-much-better-secret-42") }',
    );
    expect(errorCode(wrongCurrent)).toBe('BAD_USER_INPUT');
    expect(wrongCurrent.errors?.[0].extensions?.fields?.[0].field).toBe('currentPassword');

    const weak = await c.request(
      'mutation { changePassword(currentPassword: "chienowa-demo", newPassword: "short") }',
    );
    expect(weak.errors?.[0].extensions?.fields?.map((f) => f.code)).toContain('password.tooShort');

    await c.ok(
      'mutation { changePassword(currentPassword: "chienowa-demo", newPassword: "a-much-better-secret-42") }',
    );
    expect((await c.ok<{ me: { email: string } }>('{ me { email } }')).me.email).toBe(
      'staff@example.com',
    );
    expect((await other.ok<{ me: null }>('{ me { email } }')).me).toBeNull();

    const again = t.client();
    const old = await again.request(
      'mutation { login(email: "staff@example.com", password: "chienowa-demo") { id } }',
    );
    expect(errorCode(old)).toBe('UNAUTHENTICATED');
    await again.login('staff@example.com', 'a-much-better-secret-42');
  });

  it('blocks simple (CSRF-able) requests to /graphql', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers malformed queries with BAD_USER_INPUT and never leaks internals', async () => {
    const c = t.client();
    const res = await c.request('{ me { nonexistentField } }');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|SELECT|at .*\.ts/i);
  });

  it('reports database status on /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up', dialect: t.dialect },
    });
  });
});
