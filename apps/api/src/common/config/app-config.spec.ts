import path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl } from './app-config';

describe('parseDatabaseUrl', () => {
  it('reads user, password, host, port and database, decoding escapes', () => {
    expect(
      parseDatabaseUrl('mysql://chienowa:p%40ss@db.internal:3307/chienowa_prod'),
    ).toMatchObject({
      type: 'mysql',
      host: 'db.internal',
      port: 3307,
      username: 'chienowa',
      password: 'p@ss',
      database: 'chienowa_prod',
    });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1/app')).toMatchObject({
      port: 3306,
      password: '',
    });
  });

  it.each([
    ['mysql//broken', /malformed/],
    ['postgres://u@h/db', /unsupported scheme "postgres"/],
    ['mysql://u@h', /must name a host and a database/],
    ['mysql://u@h/a/b', /must name a host and a database/],
  ])('rejects %s with a clear ConfigError', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });
});

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file under data/ with the demo seed on', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ type: 'sqlite', path: path.resolve('data/chienowa.sqlite') });
    expect(config.demoSeed).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.cookieSecure).toBe(false);
  });

  it('starts a MySQL installation empty unless DEMO_SEED=true', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://root@localhost/x' }).demoSeed).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'mysql://root@localhost/x', DEMO_SEED: 'true' }).demoSeed,
    ).toBe(true);
    expect(loadConfig({ DEMO_SEED: 'false' }).demoSeed).toBe(false);
  });

  it('honours DATABASE_PATH and DATA_DIR, and secure cookies in production', () => {
    expect(loadConfig({ DATA_DIR: '/srv/chienowa' }).database).toEqual({
      type: 'sqlite',
      path: '/srv/chienowa/chienowa.sqlite',
    });
    expect(loadConfig({ DATABASE_PATH: '/tmp/x.sqlite' }).database).toMatchObject({
      path: '/tmp/x.sqlite',
    });
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });

  it('uses Redis only when REDIS_URL is set, with a key prefix', () => {
    expect(loadConfig({}).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      keyPrefix: 'chienowa:',
    });
    expect(
      loadConfig({ REDIS_URL: 'rediss://:secret@cache:6380/2', REDIS_KEY_PREFIX: 'acme:' }).redis,
    ).toEqual({ url: 'rediss://:secret@cache:6380/2', keyPrefix: 'acme:' });
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(() => loadConfig({ REDIS_URL: 'redis://h', REDIS_KEY_PREFIX: 'a b' })).toThrow(
      /REDIS_KEY_PREFIX/,
    );
  });

  it('names every invalid variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DEMO_SEED: 'maybe' })).toThrow(
      /Invalid configuration: .*PORT.*DEMO_SEED: must be true or false/,
    );
  });
});
