import fs from 'node:fs';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators';
import { SESSION_COOKIE, SessionService } from '../identity/services/session.service';
import { ContributionExportService } from './services/contribution-export.service';

@Controller('exports')
export class HrExportController {
  constructor(
    private readonly exports: ContributionExportService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Streams a rendered export once, to the member who asked for it (session cookie checked
   * here; @Public for the guard because it is not GraphQL). The file was hashed and audited
   * when the token was issued; it is deleted after sending.
   */
  @Public()
  @Get(':token')
  async download(
    @Param('token') token: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const viewer = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    if (!viewer) {
      await reply.code(401).send({ message: 'Sign-in required' });
      return;
    }
    const ticket = await this.exports.claim(token, viewer);
    if (!ticket) {
      await reply.code(404).send({ message: 'Not Found' });
      return;
    }
    const stream = fs.createReadStream(ticket.file);
    stream.on('close', () => fs.rm(ticket.file, { force: true }, () => undefined));
    await reply
      .header('content-type', ticket.contentType)
      .header('content-length', String(ticket.byteSize))
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        `attachment; filename="export${ticket.fileName.slice(ticket.fileName.lastIndexOf('.'))}"; filename*=UTF-8''${encodeURIComponent(ticket.fileName)}`,
      )
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  }
}
