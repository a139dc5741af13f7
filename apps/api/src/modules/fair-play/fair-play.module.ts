import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { FairPlayResolver } from './resolvers/fair-play.resolver';
import { FairPlayService } from './services/fair-play.service';

/** Fair-play report: collusion detection over the ledger and reversal of the excess. */
@Module({
  imports: [PointsModule],
  providers: [FairPlayResolver, FairPlayService],
})
export class FairPlayModule {}
