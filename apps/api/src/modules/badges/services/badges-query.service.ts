import { Injectable } from '@nestjs/common';
import {
  BADGE_METRICS,
  BADGE_METRIC_INFO,
  BADGE_PERIODS,
  badgeProgress,
  type Locale,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { NotFoundError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberEntity } from '../../identity/entities/member.entity';
import type {
  BadgeMetricOptionModel,
  BadgeModel,
  BadgeProgressModel,
  EarnedBadgeModel,
} from '../dto/badge.model';
import type { OnboardingModel } from '../dto/onboarding.model';
import { MemberBadgeEntity, tierOf } from '../entities/member-badge.entity';
import { toBadgeModel, toBadgeProgressModel, toEarnedBadgeModel } from '../mappers/badge.mapper';
import { BadgeCatalogService } from './badge-catalog.service';
import { MemberMetricsService } from './member-metrics.service';

/** Read side: the catalogue with earned tiers, progress to the next tier, onboarding. */
@Injectable()
export class BadgesQueryService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly catalogue: BadgeCatalogService,
    private readonly metrics: MemberMetricsService,
  ) {}

  private earned(viewer: Viewer, memberId: string): Promise<MemberBadgeEntity[]> {
    return this.db
      .scope(viewer)
      .repo(MemberBadgeEntity)
      .find({ where: { memberId }, order: { awardedAt: 'ASC', id: 'ASC' } });
  }

  async badges(viewer: Viewer): Promise<BadgeModel[]> {
    const defs = await this.catalogue.catalogue(this.db.scope(viewer));
    const earned = await this.earned(viewer, viewer.memberId);
    return defs.map((d) => toBadgeModel(d, earned, viewer.locale));
  }

  /** Every badge with the member's earned tiers and progress; members of the viewer's org only. */
  async progress(viewer: Viewer, memberId: string): Promise<BadgeProgressModel[]> {
    const scope = this.db.scope(viewer);
    if (!(await scope.repo(MemberEntity).existsBy({ id: memberId }))) {
      throw new NotFoundError('Member');
    }
    const defs = await this.catalogue.catalogue(scope);
    const earned = await this.earned(viewer, memberId);
    const metrics = await this.metrics.metrics(scope, memberId);
    return defs.map((def) =>
      toBadgeProgressModel(
        badgeProgress(
          def,
          metrics,
          earned.filter((e) => e.badgeCode === def.code).map((e) => tierOf(e.tier)),
        ),
        earned,
        viewer.locale,
      ),
    );
  }

  async earnedBadge(viewer: Viewer, row: MemberBadgeEntity): Promise<EarnedBadgeModel> {
    const def = await this.catalogue.find(viewer, row.badgeCode);
    return toEarnedBadgeModel(row, def ?? undefined, viewer.locale);
  }

  async onboarding(viewer: Viewer): Promise<OnboardingModel> {
    const scope = this.db.scope(viewer);
    const { onboarding } = await this.metrics.metrics(scope, viewer.memberId);
    const badgeEarned = await scope
      .repo(MemberBadgeEntity)
      .existsBy({ memberId: viewer.memberId, badgeCode: 'onboardingComplete' });
    const locale: Locale = viewer.locale;
    return {
      steps: onboarding.steps.map((s) => ({
        key: s.key,
        title: s.title[locale],
        hint: s.hint[locale],
        done: s.done,
      })),
      doneCount: onboarding.doneCount,
      total: onboarding.total,
      complete: onboarding.complete,
      badgeEarned,
    };
  }

  metricOptions(locale: Locale): BadgeMetricOptionModel[] {
    return BADGE_METRICS.map((key) => {
      const info = BADGE_METRIC_INFO[key];
      return {
        key,
        label: info.label[locale],
        periods: info.periodic ? [...BADGE_PERIODS] : ['allTime'],
        yesNo: info.boolean,
      };
    });
  }
}
