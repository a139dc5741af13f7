import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AccessGuard } from './common/auth/access.guard';
import { APP_CONFIG, type AppConfig } from './common/config/app-config';
import { graphqlOptions } from './common/graphql/graphql.config';
import { TenantDataSource } from './common/tenancy/tenant-data-source';
import { ActivityBus } from './common/events/activity-bus';
import { TenantSettingsCache } from './common/tenancy/tenant-settings-cache';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { SESSION_COOKIE, SessionService } from './modules/identity/services/session.service';
import { OrganizationModule } from './modules/organization/organization.module';
import { PointsModule } from './modules/points/points.module';
import { GuidelineModule } from './modules/guideline/guideline.module';
import { UploadsModule } from './modules/uploads/uploads.module';
import { SearchModule } from './modules/search/search.module';
import { StoriesModule } from './modules/stories/stories.module';
import { TemplatesModule } from './modules/templates/templates.module';
import { KnowledgeModule } from './modules/knowledge/knowledge.module';
import { LeaderboardsModule } from './modules/leaderboards/leaderboards.module';
import { ChallengesModule } from './modules/challenges/challenges.module';
import { RecognitionModule } from './modules/recognition/recognition.module';
import { BadgesModule } from './modules/badges/badges.module';
import { FairPlayModule } from './modules/fair-play/fair-play.module';
import { HrExportModule } from './modules/hr-export/hr-export.module';
import { AppealsModule } from './modules/appeals/appeals.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { LIVE_EMITTER, RedisModule, type LiveEmitter } from './common/redis/redis.module';

/** Configuration, the opened database and tenant-scoped access, for every module. */
@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        TenantDataSource,
        ActivityBus,
        TenantSettingsCache,
      ],
      exports: [APP_CONFIG, DataSource, TenantDataSource, ActivityBus, TenantSettingsCache],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, dataSource),
        RedisModule.register(),
        IdentityModule,
        OrganizationModule,
        PointsModule,
        StoriesModule,
        SearchModule,
        GuidelineModule,
        UploadsModule,
        TemplatesModule,
        KnowledgeModule,
        LeaderboardsModule,
        ChallengesModule,
        RecognitionModule,
        BadgesModule,
        FairPlayModule,
        HrExportModule,
        AppealsModule,
        AnalyticsModule,
        HealthModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [IdentityModule],
          inject: [SessionService, TenantDataSource, LIVE_EMITTER],
          useFactory: (sessions: SessionService, db: TenantDataSource, emitter?: LiveEmitter) =>
            graphqlOptions({
              resolveViewer: (req: FastifyRequest) =>
                sessions.resolve(req.cookies?.[SESSION_COOKIE]),
              db,
              emitter,
            }),
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
