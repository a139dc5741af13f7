import { Module } from '@nestjs/common';
import { LeaderboardsResolver } from './resolvers/leaderboards.resolver';
import { LeaderboardsService } from './services/leaderboards.service';

/** Leaderboards (ランキング) of members, teams and departments from maintained period totals. */
@Module({
  providers: [LeaderboardsResolver, LeaderboardsService],
  exports: [LeaderboardsService],
})
export class LeaderboardsModule {}
