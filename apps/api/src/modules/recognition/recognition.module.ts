import { Module, type OnModuleInit } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { SourceTitles } from '../points/services/source-titles';
import { FeedCommentResolver, FeedResolver } from './resolvers/feed.resolver';
import { KudosResolver } from './resolvers/kudos.resolver';
import { NotificationsResolver } from './resolvers/notifications.resolver';
import { RecognitionValuesResolver } from './resolvers/recognition-values.resolver';
import { FeedService } from './services/feed.service';
import { KudosService } from './services/kudos.service';
import { LiveEvents } from './services/live-events';
import { NotificationsService } from './services/notifications.service';
import { RecognitionEvents } from './services/recognition-events';
import { RecognitionLoadersFactory } from './services/recognition.loaders';
import { RecognitionValuesService } from './services/recognition-values.service';

/**
 * Recognition (称賛): organization values, kudos, the feed (ホーム) with reactions and comments,
 * notifications (the bell) and their live subscriptions.
 */
@Module({
  imports: [PointsModule],
  providers: [
    RecognitionValuesResolver,
    KudosResolver,
    FeedResolver,
    FeedCommentResolver,
    NotificationsResolver,
    RecognitionValuesService,
    KudosService,
    FeedService,
    NotificationsService,
    RecognitionEvents,
    RecognitionLoadersFactory,
    LiveEvents,
  ],
  exports: [KudosService, FeedService, NotificationsService, LiveEvents],
})
export class RecognitionModule implements OnModuleInit {
  constructor(
    private readonly titles: SourceTitles,
    private readonly kudos: KudosService,
  ) {}

  onModuleInit(): void {
    // Point history says 「称賛をもらった（挑戦）」.
    this.titles.register('kudos', (tenant, ids) => this.kudos.titles(tenant, ids));
  }
}
