import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  METRIC_PERFORMED_KINDS,
  METRIC_RECEIVED_KINDS,
  memberMetrics,
  type MemberActivity,
  type MemberMetrics,
  type UsageDayRole,
} from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { GuidelineAcknowledgementEntity } from '../../guideline/entities/guideline.entities';
import { MemberRoleEntity } from '../../identity/entities/member-role.entity';
import { MemberUsageDayEntity } from '../../points/entities/member-usage-day.entity';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { SuccessStoryEntity } from '../../stories/entities/success-story.entity';
import { MemberChallengeWinEntity } from '../entities/member-challenge-win.entity';

/** MemberActivity while it is being read (its lists are filled in place). */
type ActivityDraft = {
  -readonly [K in keyof MemberActivity]: MemberActivity[K] extends readonly (infer T)[]
    ? T[]
    : MemberActivity[K];
};

const emptyActivity = (): ActivityDraft => ({
  received: [],
  performed: [],
  approvedStories: [],
  guidelineAcknowledged: false,
  ambassador: false,
  challengeWins: 0,
});

/**
 * Loads the facts behind members' badge metrics in six indexed queries per group of members
 * (whatever the number of members or badges): genuine usage per kind and local day as earner
 * and as actor (member_usage_days, primary-key ranges), approved stories, guideline
 * acknowledgement, the ambassador role and challenge wins. libs/domain turns them into metric
 * values.
 */
@Injectable()
export class MemberMetricsService {
  constructor(private readonly ledger: PointsLedgerService) {}

  async activity(scope: TenantScope, memberId: string): Promise<MemberActivity> {
    return (await this.activityMany(scope, [memberId])).get(memberId)!;
  }

  /** `activity` of a group of members (a few dozen): the same six queries, with IN lists. */
  async activityMany(
    scope: TenantScope,
    memberIds: readonly string[],
  ): Promise<Map<string, MemberActivity>> {
    const out = new Map<string, ActivityDraft>();
    for (const id of memberIds) out.set(id, emptyActivity());
    await this.loadActivity(scope, [...out.keys()], out);
    return out;
  }

  private async loadActivity(
    scope: TenantScope,
    ids: string[],
    out: Map<string, ActivityDraft>,
  ): Promise<void> {
    const of = (memberId: string) => out.get(memberId)!;
    const usage = (role: UsageDayRole, kinds: readonly string[]) =>
      scope.repo(MemberUsageDayEntity).find({
        where: { memberId: In(ids), role, kind: In([...kinds]) },
        select: { memberId: true, kind: true, localDay: true, genuine: true },
      });
    for (const r of await usage('earner', METRIC_RECEIVED_KINDS)) {
      of(r.memberId).received.push({ kind: r.kind, localDay: r.localDay, count: r.genuine });
    }
    for (const r of await usage('actor', METRIC_PERFORMED_KINDS)) {
      of(r.memberId).performed.push({ kind: r.kind, localDay: r.localDay, count: r.genuine });
    }
    const stories = await scope.repo(SuccessStoryEntity).find({
      where: { authorId: In(ids), status: 'approved' },
      select: {
        id: true,
        authorId: true,
        approvedAt: true,
        minutesBeforeX100: true,
        minutesAfterX100: true,
        occurrencesPerMonthX100: true,
      },
      order: { id: 'ASC' },
    });
    for (const s of stories) {
      of(s.authorId).approvedStories.push({
        approvedAt: s.approvedAt ?? new Date(0),
        minutesBefore: s.minutesBeforeX100 / 100,
        minutesAfter: s.minutesAfterX100 / 100,
        occurrencesPerMonth: s.occurrencesPerMonthX100 / 100,
      });
    }
    const acknowledged = await scope.repo(GuidelineAcknowledgementEntity).find({
      where: { memberId: In(ids) },
      select: { memberId: true },
    });
    for (const a of acknowledged) of(a.memberId).guidelineAcknowledged = true;
    const ambassadors = await scope.repo(MemberRoleEntity).find({
      where: { memberId: In(ids), role: 'ambassador' },
      select: { memberId: true },
    });
    for (const a of ambassadors) of(a.memberId).ambassador = true;
    const wins = await scope.repo(MemberChallengeWinEntity).find({
      where: { memberId: In(ids) },
      select: { memberId: true },
    });
    for (const w of wins) of(w.memberId).challengeWins += 1;
  }

  async metrics(scope: TenantScope, memberId: string, now = new Date()): Promise<MemberMetrics> {
    return (await this.metricsMany(scope, [memberId], now)).get(memberId)!;
  }

  /** `metrics` of several members, read together (see activityMany). */
  async metricsMany(
    scope: TenantScope,
    memberIds: readonly string[],
    now = new Date(),
  ): Promise<Map<string, MemberMetrics>> {
    const settings = await this.ledger.settings(scope);
    const activity = await this.activityMany(scope, memberIds);
    return new Map(
      [...activity].map(([id, a]) => [id, memberMetrics(a, { now, settings })] as const),
    );
  }
}
