import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { AppealsResolver } from './resolvers/appeals.resolver';
import { AppealsService } from './services/appeals.service';

/** Appeals (異議申し立て) against ledger entries and missing credits. */
@Module({
  imports: [PointsModule],
  providers: [AppealsResolver, AppealsService],
  exports: [AppealsService],
})
export class AppealsModule {}
