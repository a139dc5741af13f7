import { Module } from '@nestjs/common';
import { PointsResolver } from './resolvers/points.resolver';
import { IdempotencyService } from './services/idempotency.service';
import { LevelSettingsService } from './services/level-settings.service';
import { PointRulesService } from './services/point-rules.service';
import { PointsLedgerService } from './services/points-ledger.service';
import { PointsQueryService } from './services/points-query.service';
import { SourceTitles } from './services/source-titles';

/** The points ledger: rules, recording events, totals, history, idempotent mutations. */
@Module({
  providers: [
    PointsResolver,
    PointRulesService,
    PointsLedgerService,
    PointsQueryService,
    IdempotencyService,
    SourceTitles,
    LevelSettingsService,
  ],
  exports: [PointsLedgerService, IdempotencyService, SourceTitles, PointRulesService],
})
export class PointsModule {}
