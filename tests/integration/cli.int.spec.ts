import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { GraphQLClient } from '../support/graphql-client';
import { createTestDatabase } from '../support/test-app';

const root = path.resolve(__dirname, '../..');
const dist = (file: string) => path.join(root, 'apps/api/dist', file);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** The compiled programs, as an operator runs them (npm run org:create, npm start). */
describe('org:create CLI and the server process', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const orgCreate = (...args: string[]) =>
    spawnSync(process.execPath, [dist('cli/org-create.js'), ...args], {
      env: { ...process.env, ...db.env, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60000,
    });

  it('creates organizations with a generated one-time admin password, and serves them without demo data', async () => {
    const first = orgCreate(
      '--',
      '--name',
      'Acme Japan',
      '--admin-email',
      'Owner@Acme.example',
      '--generate-password',
    );
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Created organization "Acme Japan" \(slug: acme-japan\)/);
    const password = /Admin password \(shown once.*\): (\S+)/.exec(first.stdout)?.[1];
    expect(password).toMatch(/^\S{16}$/);

    const second = orgCreate(
      '--name',
      '株式会社ふたつめ',
      '--slug',
      'futatsume',
      '--admin-email',
      'admin@futatsume.example',
    );
    expect(second.status).toBe(0);
    expect(orgCreate('--name', 'Acme Japan', '--admin-email', 'other@acme.example').stderr).toMatch(
      /already exists/,
    );
    expect(orgCreate('--name', '日本語だけ', '--admin-email', 'x@y.example').stderr).toMatch(
      /pass --slug/,
    );

    const port = await freePort();
    const server = spawn(process.execPath, [dist('main.js')], {
      env: { ...process.env, ...db.env, PORT: String(port), LOG_LEVEL: 'warn', DEMO_SEED: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (c) => (output += c));
    server.stderr.on('data', (c) => (output += c));
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100; i += 1) {
        if (
          await fetch(`${url}/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const client = new GraphQLClient(url);
      const demo = await client.request(
        'mutation { login(email: "admin@example.com", password: "chienowa-demo") { id } }',
      );
      expect(demo.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      await client.login('owner@acme.example', password);
      const { me } = await client.ok<{
        me: { roles: string[]; organization: { slug: string; timeZone: string } };
      }>('{ me { roles organization { slug timeZone } } }');
      expect(me).toEqual({
        roles: ['STAFF', 'ADMIN'],
        organization: { slug: 'acme-japan', timeZone: 'Asia/Tokyo' },
      });
      expect(output).not.toMatch(/Demo sign-in/);
    } finally {
      const exited = new Promise<number | null>((resolve) =>
        server.on('exit', (code) => resolve(code)),
      );
      server.kill('SIGTERM');
      // Graceful shutdown: closes the server and the database, exit code 0.
      expect(await exited).toBe(0);
    }
  });
});
