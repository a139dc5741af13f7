import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { ChallengesResolver } from './resolvers/challenges.resolver';
import { ChallengeClosingService } from './services/challenge-closing.service';
import { ChallengeProgressService } from './services/challenge-progress.service';
import { ChallengeSchedulerService } from './services/challenge-scheduler.service';
import { ChallengesService } from './services/challenges.service';

/** Team challenges (チャレンジ): definition, live progress, standings, the closing job. */
@Module({
  imports: [PointsModule],
  providers: [
    ChallengesResolver,
    ChallengesService,
    ChallengeProgressService,
    ChallengeClosingService,
    ChallengeSchedulerService,
  ],
  exports: [ChallengesService, ChallengeClosingService],
})
export class ChallengesModule {}
