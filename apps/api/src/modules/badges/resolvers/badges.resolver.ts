import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import {
  BadgeMetricOptionModel,
  BadgeModel,
  BadgeProgressModel,
  BadgeTierEnum,
  CreateBadgeInput,
  EarnedBadgeModel,
} from '../dto/badge.model';
import { OnboardingModel } from '../dto/onboarding.model';
import { toBadgeModel } from '../mappers/badge.mapper';
import { BadgeAwardService } from '../services/badge-award.service';
import { BadgeCatalogService } from '../services/badge-catalog.service';
import { BadgesQueryService } from '../services/badges-query.service';

@Resolver()
export class BadgesResolver {
  constructor(
    private readonly queries: BadgesQueryService,
    private readonly catalogue: BadgeCatalogService,
    private readonly awards: BadgeAwardService,
  ) {}

  @Authenticated()
  @Query(() => [BadgeModel], {
    description: 'The organization’s badge catalogue (built-in and custom) with my earned tiers.',
  })
  badges(@CurrentViewer() viewer: Viewer): Promise<BadgeModel[]> {
    return this.queries.badges(viewer);
  }

  @Authenticated()
  @Query(() => [BadgeProgressModel], { description: 'My badges with progress to the next tier.' })
  myBadges(@CurrentViewer() viewer: Viewer): Promise<BadgeProgressModel[]> {
    return this.queries.progress(viewer, viewer.memberId);
  }

  @Authenticated()
  @Query(() => [BadgeProgressModel], {
    description: 'A colleague’s badges and progress (profile page).',
  })
  memberBadges(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<BadgeProgressModel[]> {
    return this.queries.progress(viewer, memberId);
  }

  @Authenticated()
  @Query(() => [BadgeMetricOptionModel], {
    description: 'The criterion building blocks for custom badges.',
  })
  badgeMetrics(@CurrentViewer() viewer: Viewer): BadgeMetricOptionModel[] {
    return this.queries.metricOptions(viewer.locale);
  }

  @Authenticated()
  @Query(() => OnboardingModel, { description: 'My はじめの一歩 checklist.' })
  myOnboarding(@CurrentViewer() viewer: Viewer): Promise<OnboardingModel> {
    return this.queries.onboarding(viewer);
  }

  @RequireRoles('admin')
  @Mutation(() => BadgeModel, {
    description:
      'Adds an organization badge from the catalogue’s building blocks; members who already qualify receive it shortly.',
  })
  async createBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateBadgeInput,
  ): Promise<BadgeModel> {
    const def = await this.catalogue.create(viewer, input);
    this.awards.track(this.awards.evaluateOrganization(viewer));
    return toBadgeModel(def, [], viewer.locale);
  }

  @RequireRoles('admin')
  @Mutation(() => EarnedBadgeModel, {
    description:
      'Awards a badge (tier: default the lowest) by hand, with a reason; pays its points once.',
  })
  async awardBadge(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('badgeId', { type: () => ID }) badgeId: string,
    @Args('reason') reason: string,
    @Args('tier', { type: () => BadgeTierEnum, nullable: true }) tier: BadgeTierEnum | null,
  ): Promise<EarnedBadgeModel> {
    const row = await this.awards.awardManually(viewer, memberId, badgeId, reason, tier ?? null);
    return this.queries.earnedBadge(viewer, row);
  }
}
