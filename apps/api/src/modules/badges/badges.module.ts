import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { AmbassadorsResolver } from './resolvers/ambassadors.resolver';
import { BadgesResolver } from './resolvers/badges.resolver';
import { AmbassadorsService } from './services/ambassadors.service';
import { BadgeAwardService } from './services/badge-award.service';
import { BadgeCatalogService } from './services/badge-catalog.service';
import { BadgesQueryService } from './services/badges-query.service';
import { MemberMetricsService } from './services/member-metrics.service';

/** Badges (バッジ): catalogue, awarding engine, progress, onboarding quests, ambassadors. */
@Module({
  imports: [PointsModule],
  providers: [
    BadgesResolver,
    AmbassadorsResolver,
    BadgeCatalogService,
    BadgeAwardService,
    BadgesQueryService,
    MemberMetricsService,
    AmbassadorsService,
  ],
  exports: [BadgeAwardService, BadgeCatalogService],
})
export class BadgesModule {}
