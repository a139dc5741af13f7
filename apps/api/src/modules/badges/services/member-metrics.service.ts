import { Injectable } from '@nestjs/common';
import {
  GENUINE_UNCOUNTED_REASONS,
  METRIC_PERFORMED_KINDS,
  METRIC_RECEIVED_KINDS,
  memberMetrics,
  type MemberActivity,
  type MemberMetrics,
  type UsageDayCount,
} from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { GuidelineAcknowledgementEntity } from '../../guideline/entities/guideline.entities';
import { MemberRoleEntity } from '../../identity/entities/member-role.entity';
import { UsageEventEntity } from '../../points/entities/usage-event.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SuccessStoryEntity } from '../../stories/entities/success-story.entity';
import { MemberChallengeWinEntity } from '../entities/member-challenge-win.entity';

type DayCountRow = { kind: string; localDay: string; count: string | number };

/**
 * Loads the facts behind a member's badge metrics in six indexed queries (whatever the number
 * of badges): usage counts per kind and local day as earner (ix_usage_org_earner_kind_day) and
 * as actor (ix_usage_org_actor_day), approved stories, guideline acknowledgement, the
 * ambassador role and challenge wins. libs/domain turns them into metric values.
 */
@Injectable()
export class MemberMetricsService {
  constructor(private readonly ledger: PointsLedgerService) {}

  private usage(
    scope: TenantScope,
    column: 'earnerId' | 'actorId',
    memberId: string,
    kinds: readonly string[],
  ): Promise<UsageDayCount[]> {
    return scope
      .repo(UsageEventEntity)
      .query('u')
      .select('u.kind', 'kind')
      .addSelect('u.localDay', 'localDay')
      .addSelect('COUNT(*)', 'count')
      .andWhere(`u.${column} = :memberId`, { memberId })
      .andWhere('u.kind IN (:...kinds)', { kinds: [...kinds] })
      .andWhere('(u.uncountedReason IS NULL OR u.uncountedReason IN (:...reasons))', {
        reasons: [...GENUINE_UNCOUNTED_REASONS],
      })
      .groupBy('u.kind')
      .addGroupBy('u.localDay')
      .getRawMany<DayCountRow>()
      .then((rows) =>
        rows.map((r) => ({ kind: r.kind, localDay: r.localDay, count: Number(r.count) })),
      );
  }

  async activity(scope: TenantScope, memberId: string): Promise<MemberActivity> {
    const received = await this.usage(scope, 'earnerId', memberId, METRIC_RECEIVED_KINDS);
    const performed = await this.usage(scope, 'actorId', memberId, METRIC_PERFORMED_KINDS);
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
