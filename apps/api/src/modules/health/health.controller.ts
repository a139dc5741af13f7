import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness and database status, for load balancers and `npm start` users. */
  @Public()
  @Get()
  async check(@Res() reply: FastifyReply): Promise<void> {
    const started = Date.now();
    let database: { status: 'up' | 'down'; dialect: string; latencyMs?: number };
    const dialect = this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
    try {
      await this.dataSource.query('SELECT 1');
      database = { status: 'up', dialect, latencyMs: Date.now() - started };
    } catch {
      database = { status: 'down', dialect };
    }
    const ok = database.status === 'up';
    await reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'error', database });
  }
}
