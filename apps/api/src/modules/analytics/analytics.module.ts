import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { AdoptionAnalyticsResolver } from './resolvers/adoption-analytics.resolver';
import { AdoptionAnalyticsService } from './services/adoption-analytics.service';

/** Adoption analytics (利用状況): active rate, trends, hours saved, content health. */
@Module({
  imports: [PointsModule],
  providers: [AdoptionAnalyticsResolver, AdoptionAnalyticsService],
})
export class AnalyticsModule {}
