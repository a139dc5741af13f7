import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  METRIC_PERFORMED_KINDS,
  METRIC_RECEIVED_KINDS,
  memberMetrics,
  type MemberActivity,
  type MemberMetrics,
  type UsageDayCount,
  type UsageDayRole,
} from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { GuidelineAcknowledgementEntity } from '../../guideline/entities/guideline.entities';
import { MemberRoleEntity } from '../../identity/entities/member-role.entity';
import { MemberUsageDayEntity } from '../../points/entities/member-usage-day.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SuccessStoryEntity } from '../../stories/entities/success-story.entity';
import { MemberChallengeWinEntity } from '../entities/member-challenge-win.entity';

/**
 * Loads the facts behind a member's badge metrics in six indexed queries (whatever the number
 * of badges): genuine usage per kind and local day as earner and as actor (member_usage_days,
 * primary-key ranges), approved stories, guideline acknowledgement, the
 * ambassador role and challenge wins. libs/domain turns them into metric values.
 */
@Injectable()
export class MemberMetricsService {
  constructor(private readonly ledger: PointsLedgerService) {}

  /** Genuine usage per kind and local day, from the daily aggregate (O(active days) rows). */
  private async usage(
    scope: TenantScope,
    role: UsageDayRole,
    memberId: string,
    kinds: readonly string[],
  ): Promise<UsageDayCount[]> {
    const rows = await scope.repo(MemberUsageDayEntity).find({
      where: { memberId, role, kind: In([...kinds]) },
      select: { kind: true, localDay: true, genuine: true },
    });
    return rows.map((r) => ({ kind: r.kind, localDay: r.localDay, count: r.genuine }));
  }

  async activity(scope: TenantScope, memberId: string): Promise<MemberActivity> {
    const received = await this.usage(scope, 'earner', memberId, METRIC_RECEIVED_KINDS);
    const performed = await this.usage(scope, 'actor', memberId, METRIC_PERFORMED_KINDS);
    const stories = await scope.repo(SuccessStoryEntity).find({
      where: { authorId: memberId, status: 'approved' },
      select: {
        id: true,
        approvedAt: true,
        minutesBeforeX100: true,
        minutesAfterX100: true,
        occurrencesPerMonthX100: true,
      },
    });
    const guidelineAcknowledged = await scope
      .repo(GuidelineAcknowledgementEntity)
      .existsBy({ memberId });
    const ambassador = await scope
      .repo(MemberRoleEntity)
      .existsBy({ memberId, role: 'ambassador' });
    const challengeWins = await scope.repo(MemberChallengeWinEntity).countBy({ memberId });
    return {
      received,
      performed,
      approvedStories: stories.map((s) => ({
        approvedAt: s.approvedAt ?? new Date(0),
        minutesBefore: s.minutesBeforeX100 / 100,
        minutesAfter: s.minutesAfterX100 / 100,
        occurrencesPerMonth: s.occurrencesPerMonthX100 / 100,
      })),
      guidelineAcknowledged,
      ambassador,
      challengeWins,
    };
  }

  async metrics(scope: TenantScope, memberId: string, now = new Date()): Promise<MemberMetrics> {
    const settings = await this.ledger.settings(scope);
    return memberMetrics(await this.activity(scope, memberId), { now, settings });
  }
}
