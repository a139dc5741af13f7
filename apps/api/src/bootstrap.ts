import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './common/config/app-config';
import { openDatabase } from './database/database-bootstrap';
import { assertRedisAnswers } from './common/redis/redis.module';
import { seedDemoContent } from './modules/demo/demo-content-seed';
import { seedDemoRecognition } from './modules/demo/demo-recognition-seed';
import { seedDemoOrganization } from './modules/demo/demo-seed';

export type RunningApp = {
  app: NestFastifyApplication;
  dataSource: DataSource;
  seeded: boolean;
  close: () => Promise<void>;
};

/**
 * Opens and migrates the database, seeds the demo company when asked and the database is
 * empty, and builds the Nest app (GraphQL at /graphql, /health, the web app at /).
 */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  if (config.redis) await assertRedisAnswers(config.redis.url);
  const dataSource = await openDatabase(config.database);
  let seeded = false;
  try {
    if (config.demoSeed) seeded = await seedDemoOrganization(dataSource);
    const adapter = new FastifyAdapter({
      trustProxy: config.trustProxy,
      bodyLimit: 12 * 1024 * 1024,
      logger:
        config.logLevel === 'silent'
          ? false
          : {
              level: config.logLevel,
              redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
            },
    });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register(config, dataSource),
      adapter,
      { logger: config.logLevel === 'silent' ? false : ['error', 'warn'] },
    );
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.register(fastifyCookie);
    await fastify.register(fastifyHelmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine injects CSS variables at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    });
    await serveWebApp(app, config.webDistDir);
    await app.init();
    if (seeded && config.demoContent) {
      await seedDemoContent(app);
      await seedDemoRecognition(app);
    }
    return {
      app,
      dataSource,
      seeded,
      close: async () => {
        await app.close();
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}

/** Serves the built single-page app; unknown GET paths fall back to index.html. */
async function serveWebApp(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const index = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(index)) {
    fastify.get('/', async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'The web app is not built. Run `npm start` (it builds everything) or `npx nx run web:build`.',
        ),
    );
    return;
  }
  await fastify.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    index: false,
    maxAge: '1h',
    setHeaders: (reply, filePath) => {
      // Vite fingerprints assets: cache them for a year; never cache index.html.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      }
    },
  });
  const html = fs.readFileSync(index);
  fastify.get('/*', async (req, reply) => {
    if (
      req.url.startsWith('/graphql') ||
      req.url.startsWith('/health') ||
      req.url.startsWith('/uploads')
    ) {
      return reply.code(404).send({ message: 'Not Found' });
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
  fastify.get('/', async (_req, reply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html),
  );
}
