import { Injectable, type OnModuleInit } from '@nestjs/common';
import { reachedReuseMilestones } from '@chienowa/domain';
import { ActivityBus } from '../../../common/events/activity-bus';
import type { ActivityEventOf } from '../../../common/events/activity-events';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { insertIfAbsent } from '../../../database/dialect-sql';
import { UsageEventEntity } from '../../points/entities/usage-event.entity';
import { PromptTemplateEntity } from '../../templates/entities/prompt-template.entity';
import { KudosEntity } from '../entities/kudos.entity';
import { RecognitionValueEntity } from '../entities/recognition-value.entity';
import { FeedService } from './feed.service';
import { NotificationsService } from './notifications.service';

const tenantOf = (event: { organizationId: string }) => ({
  organizationId: event.organizationId,
});

/**
 * Turns activity events into feed items and notifications. Every write is keyed by its
 * source (kudos:<id>, badge:<id> …), so an event handled twice writes once. Also detects
 * template reuse milestones from counted `usage` events and publishes templateReuseMilestone.
 */
@Injectable()
export class RecognitionEvents implements OnModuleInit {
  constructor(
    private readonly bus: ActivityBus,
    private readonly db: TenantDataSource,
    private readonly feed: FeedService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.bus.on('kudosGiven', (e) => this.onKudos(e));
    this.bus.on('badgeEarned', (e) => this.onBadge(e));
    this.bus.on('storyReviewed', (e) => this.onStoryReviewed(e));
    this.bus.on('challengeClosed', (e) => this.onChallengeClosed(e));
    this.bus.on('templateReuseMilestone', (e) => this.onTemplateMilestone(e));
    this.bus.on('memberJoined', (e) => this.onMemberJoined(e));
    this.bus.on('usage', (e) => this.onUsage(e));
    this.bus.on('appealResolved', (e) => this.onAppealResolved(e));
  }

  async onKudos(e: ActivityEventOf<'kudosGiven'>): Promise<void> {
    const scope = this.db.scope(tenantOf(e));
    const kudos = await scope.repo(KudosEntity).findOneBy({ id: e.kudosId });
    if (!kudos || kudos.reversedAt) return;
    const value = await scope.repo(RecognitionValueEntity).findOneBy({ id: kudos.valueId });
    const payload = {
      kudos: {
        id: kudos.id,
        message: kudos.message,
        valueLabel: value?.label ?? e.valueLabel,
        valueLabelEn: value?.labelEn ?? null,
        points: kudos.points,
      },
    };
    const key = `kudos:${kudos.id}`;
    await this.feed.write(tenantOf(e), {
      sourceKey: key,
      type: 'kudos',
      actorId: kudos.giverId,
      subjectId: kudos.receiverId,
      payload,
      createdAt: kudos.createdAt,
    });
    await this.notifications.create(tenantOf(e), {
      memberId: kudos.receiverId,
      sourceKey: key,
      type: 'kudosReceived',
      actorId: kudos.giverId,
      payload,
      createdAt: kudos.createdAt,
    });
  }

  async onBadge(e: ActivityEventOf<'badgeEarned'>): Promise<void> {
    const payload = {
      badge: {
        code: e.badgeCode,
        name: e.name.ja,
        nameEn: e.name.en,
        tier: e.tier,
        points: e.points,
      },
    };
    const key = `badge:${e.memberBadgeId}`;
    await this.feed.write(tenantOf(e), {
      sourceKey: key,
      type: 'badgeEarned',
      actorId: null,
      subjectId: e.memberId,
      payload,
      createdAt: e.occurredAt,
    });
    await this.notifications.create(tenantOf(e), {
      memberId: e.memberId,
      sourceKey: key,
      type: 'badgeEarned',
      actorId: null,
      payload,
      createdAt: e.occurredAt,
    });
  }

  async onStoryReviewed(e: ActivityEventOf<'storyReviewed'>): Promise<void> {
    const payload = { story: { id: e.storyId, title: e.title, comment: e.comment } };
    if (e.decision === 'approved') {
      // One feed item per story, even if it is returned and approved again later.
      await this.feed.write(tenantOf(e), {
        sourceKey: `story:${e.storyId}:approved`,
        type: 'storyApproved',
        actorId: e.reviewerId,
        subjectId: e.authorId,
        payload: { story: { ...payload.story, comment: null } },
        createdAt: e.occurredAt,
      });
    }
    await this.notifications.create(tenantOf(e), {
      memberId: e.authorId,
      sourceKey: `story:${e.storyId}:${e.decision}:${e.occurredAt.getTime()}`,
      type: e.decision === 'approved' ? 'storyApproved' : 'storyReturned',
      actorId: e.reviewerId,
      payload,
      createdAt: e.occurredAt,
    });
  }

  async onChallengeClosed(e: ActivityEventOf<'challengeClosed'>): Promise<void> {
    const payload = {
      challenge: {
        id: e.challengeId,
        title: e.title,
        winners: e.winners.map((w) => ({ unitType: w.unitType, unitId: w.unitId, name: w.name })),
      },
    };
    const key = `challenge:${e.challengeId}`;
    await this.feed.write(tenantOf(e), {
      sourceKey: key,
      type: 'challengeClosed',
      actorId: null,
      subjectId: null,
      payload,
      createdAt: e.occurredAt,
    });
    for (const memberId of new Set(e.winnerMemberIds)) {
      await this.notifications.create(tenantOf(e), {
        memberId,
        sourceKey: key,
        type: 'challengeResult',
        actorId: null,
        payload,
        createdAt: e.occurredAt,
      });
    }
  }

  /** The member learns how HR resolved their appeal (the timeline is on the appeal). */
  async onAppealResolved(e: ActivityEventOf<'appealResolved'>): Promise<void> {
    await this.notifications.create(tenantOf(e), {
      memberId: e.memberId,
      sourceKey: `appeal:${e.appealId}:resolved`,
      type: 'appealResolved',
      actorId: e.resolverId,
      payload: {
        appeal: { appealId: e.appealId, outcome: e.outcome, points: e.points, reason: e.reason },
      },
      createdAt: e.occurredAt,
    });
  }

  async onTemplateMilestone(e: ActivityEventOf<'templateReuseMilestone'>): Promise<void> {
    const payload = {
      templateMilestone: { templateId: e.templateId, title: e.title, reuses: e.reuses },
    };
    const key = `template-milestone:${e.templateId}:${e.reuses}`;
    await this.feed.write(tenantOf(e), {
      sourceKey: key,
      type: 'templateMilestone',
      actorId: null,
      subjectId: e.authorId,
      payload,
      createdAt: e.occurredAt,
    });
    await this.notifications.create(tenantOf(e), {
      memberId: e.authorId,
      sourceKey: key,
      type: 'templateMilestone',
      actorId: null,
      payload,
      createdAt: e.occurredAt,
    });
  }

  async onMemberJoined(e: ActivityEventOf<'memberJoined'>): Promise<void> {
    await this.feed.write(tenantOf(e), {
      sourceKey: `member-joined:${e.memberId}`,
      type: 'memberJoined',
      actorId: null,
      subjectId: e.memberId,
      payload: {},
      createdAt: e.occurredAt,
    });
  }

  /**
   * A counted reuse may cross a milestone (10, 50, 100, 500, 1000 counted reuses). Each
   * milestone is claimed once (insert-if-absent marker); only the highest newly claimed one is
   * published, so a template that jumps past two milestones is celebrated once.
   */
  async onUsage(e: ActivityEventOf<'usage'>): Promise<void> {
    if (e.kind !== 'templateReused' || !e.counted) return;
    const tenant = tenantOf(e);
    const count = await this.db.scope(tenant).repo(UsageEventEntity).countBy({
      kind: 'templateReused',
      sourceType: 'template',
      sourceId: e.sourceId,
      counted: true,
    });
    const reached = reachedReuseMilestones(count);
    if (reached.length === 0) return;
    await this.db.transaction(tenant, async (scope) => {
      let highest: number | null = null;
      const now = new Date();
      for (const milestone of reached) {
        const fresh = await insertIfAbsent(
          scope.manager,
          'template_reuse_milestones',
          ['organization_id', 'template_id', 'milestone', 'reached_at'],
          [e.organizationId, e.sourceId, milestone, now],
        );
        if (fresh) highest = milestone;
      }
      if (highest === null) return;
      const template = await scope.repo(PromptTemplateEntity).findOneBy({ id: e.sourceId });
      if (!template) return;
      const reuses = highest;
      scope.afterCommit(() =>
        this.bus.publish({
          type: 'templateReuseMilestone',
          organizationId: e.organizationId,
          templateId: template.id,
          authorId: template.authorId,
          title: template.title,
          reuses,
          occurredAt: now,
        }),
      );
    });
  }
}
