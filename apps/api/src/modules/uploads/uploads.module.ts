import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { UploadsResolver } from './resolvers/uploads.resolver';
import { UploadsService } from './services/uploads.service';
import { UploadsController } from './uploads.controller';

/** Images in posts: upload through GraphQL, served from /uploads/:id to the organization only. */
@Module({
  imports: [IdentityModule],
  controllers: [UploadsController],
  providers: [UploadsResolver, UploadsService],
})
export class UploadsModule {}
