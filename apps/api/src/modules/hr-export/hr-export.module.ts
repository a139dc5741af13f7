import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PointsModule } from '../points/points.module';
import { HrExportController } from './hr-export.controller';
import { HrExportResolver } from './resolvers/hr-export.resolver';
import { ContributionExportService } from './services/contribution-export.service';
import { ContributionRowsService } from './services/contribution-rows.service';
import { EvaluationPeriodsService } from './services/evaluation-periods.service';

/** HR evaluation exports (評価エクスポート): periods, contribution rows, export, audit. */
@Module({
  imports: [PointsModule, IdentityModule],
  controllers: [HrExportController],
  providers: [
    HrExportResolver,
    ContributionRowsService,
    EvaluationPeriodsService,
    ContributionExportService,
  ],
  exports: [ContributionRowsService, EvaluationPeriodsService, ContributionExportService],
})
export class HrExportModule {}
