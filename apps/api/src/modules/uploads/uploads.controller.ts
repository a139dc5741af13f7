import fs from 'node:fs';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators';
import { SESSION_COOKIE, SessionService } from '../identity/services/session.service';
import { UploadsService } from './services/uploads.service';

@Controller('uploads')
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Serves an image only to signed-in members of its organization (the session cookie is
   * checked here; the route is @Public for the guard because it is not GraphQL).
   */
  @Public()
  @Get(':id')
  async serve(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const viewer = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    const found = viewer ? await this.uploads.open(viewer, id) : null;
    if (!viewer) {
      await reply.code(401).send({ message: 'Sign-in required' });
      return;
    }
    if (!found) {
      await reply.code(404).send({ message: 'Not Found' });
      return;
    }
    await reply
      .header('content-type', found.entity.contentType)
      .header('content-length', String(found.entity.byteSize))
      .header('cache-control', 'private, max-age=86400')
      .header('content-disposition', 'inline')
      .header('x-content-type-options', 'nosniff')
      .send(fs.createReadStream(found.file));
  }
}
