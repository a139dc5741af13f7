import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { periodOf, type Role } from '@chienowa/domain';
import type { Viewer } from '../../common/auth/viewer';
import { ActivityBus } from '../../common/events/activity-bus';
import { TenantDataSource } from '../../common/tenancy/tenant-data-source';
import type { Tenant } from '../../common/tenancy/tenant-owned';
import { BadgeAwardService } from '../badges/services/badge-award.service';
import {
  ChallengeMetricEnum,
  ChallengeScoringEnum,
  ChallengeUnitTypeEnum,
} from '../challenges/dto/challenge.model';
import { ChallengeClosingService } from '../challenges/services/challenge-closing.service';
import { ChallengesService } from '../challenges/services/challenges.service';
import { MemberRoleEntity } from '../identity/entities/member-role.entity';
import { MemberEntity } from '../identity/entities/member.entity';
import { DepartmentEntity } from '../organization/entities/department.entity';
import { OrganizationEntity } from '../organization/entities/organization.entity';
import { FeedService } from '../recognition/services/feed.service';
import { KudosService } from '../recognition/services/kudos.service';
import { RecognitionValuesService } from '../recognition/services/recognition-values.service';
import { DEMO_ORGANIZATION } from './demo-organization.data';

const DAY = 86_400_000;

/** Kudos the demo company sent each other over the last weeks: [from, to, message]. */
const DEMO_KUDOS: readonly [string, string, string][] = [
  [
    'manager@example.com',
    'staff@example.com',
    '議事録テンプレートのおかげで会議後の共有が半分の時間になりました！',
  ],
  [
    'staff@example.com',
    'taro.yamada@example.com',
    '提案書レビューのプロンプト、チーム全員で使わせてもらっています。',
  ],
  [
    'hanako.yoshida@example.com',
    'staff@example.com',
    '新人向けの生成AI勉強会、わかりやすかったです。ありがとうございました。',
  ],
  [
    'admin@example.com',
    'hanako.yoshida@example.com',
    '社内ガイドラインの見直しに協力いただき助かりました。',
  ],
  [
    'ichiro.takahashi@example.com',
    'kenji.watanabe@example.com',
    '障害報告の下書きをAIで作る手順、すぐ真似できました。',
  ],
  [
    'yumi.ito@example.com',
    'emily.carter@example.com',
    'Thank you for translating the FAQ so quickly — customers noticed!',
  ],
  [
    'hr@example.com',
    'manager@example.com',
    '評価面談の準備資料をテンプレート化してくれてありがとうございます。',
  ],
  [
    'kenji.watanabe@example.com',
    'ichiro.takahashi@example.com',
    'コードレビューの観点リスト、とても参考になりました。',
  ],
  [
    'daisuke.kobayashi@example.com',
    'yumi.ito@example.com',
    'お客様向けメールの言い回し、いつも丁寧で学びが多いです。',
  ],
  [
    'taro.yamada@example.com',
    'manager@example.com',
    '週次の成功事例共有会、続けてくださって感謝です。',
  ],
  [
    'emily.carter@example.com',
    'daisuke.kobayashi@example.com',
    'Your prompt for summarising call notes saved me an hour today.',
  ],
  [
    'staff@example.com',
    'hanako.yoshida@example.com',
    '見積もり作成の手順書、迷わず進められました！',
  ],
  [
    'manager@example.com',
    'taro.yamada@example.com',
    '大型案件の提案、AI活用の工夫が光っていました。',
  ],
  [
    'admin@example.com',
    'staff@example.com',
    'はじめての投稿おめでとうございます。とても読みやすかったです。',
  ],
];

const REACTIONS = ['👍', '🎉', '👏', '❤️', '💡', '🙏'] as const;

/**
 * Recognition on top of the demo content: values, a few weeks of kudos (with reactions and
 * comments), a finished challenge last month and a running one this month, and badges for
 * what the seeded history earned. Goes through the real services, so the feed,
 * notifications, ledger and badges agree.
 */
export async function seedDemoRecognition(
  app: INestApplicationContext,
  now = new Date(),
): Promise<void> {
  const dataSource = app.get(DataSource);
  const db = app.get(TenantDataSource);
  const bus = app.get(ActivityBus);
  const org = await dataSource
    .getRepository(OrganizationEntity)
    .findOneByOrFail({ slug: DEMO_ORGANIZATION.slug });
  const tenant: Tenant = { organizationId: org.id };
  const scope = db.scope(tenant);
  const members = await scope.repo(MemberEntity).find({ order: { email: 'ASC' } });
  const roles = await scope.repo(MemberRoleEntity).find();
  const viewerOf = (email: string): Viewer => {
    const member = members.find((m) => m.email === email);
    if (!member) throw new Error(`Demo member ${email} is missing`);
    return {
      organizationId: org.id,
      memberId: member.id,
      roles: roles.filter((r) => r.memberId === member.id).map((r) => r.role as Role),
      locale: 'ja',
      sessionTokenHash: 'demo-seed',
    };
  };
  // Let the content seed's events settle first (badges, challenge progress, milestones).
  await bus.drain();

  // Kudos, oldest first, one every ~2 days, then reactions and comments on some of them.
  const values = app.get(RecognitionValuesService);
  await values.ensureDefaults(tenant);
  const valueIds = (await values.list(tenant, false)).map((v) => v.id);
  const kudos = app.get(KudosService);
  for (const [index, [from, to, message]] of DEMO_KUDOS.entries()) {
    const at = new Date(now.getTime() - (DEMO_KUDOS.length - index) * 2 * DAY + 3_600_000);
    await kudos.give(
      viewerOf(from),
      {
        receiverId: viewerOf(to).memberId,
        valueId: valueIds[index % valueIds.length] as string,
        message,
      },
      at,
    );
  }
  await bus.drain();
  const feed = app.get(FeedService);
  const items = (await feed.list(viewerOf('admin@example.com'), 'ALL', 12, null)).nodes;
  const reactors = members.slice(0, 12);
  for (const [i, item] of items.entries()) {
    for (const [j, reactor] of reactors.entries()) {
      if ((i + j) % 3 !== 0) continue;
      await feed.react(
        viewerOf(reactor.email),
        item.id,
        REACTIONS[(i + j) % REACTIONS.length] as string,
      );
    }
    if (i % 2 === 0) {
      await feed.comment(
        viewerOf('manager@example.com'),
        item.id,
        'いい取り組みですね！横展開しましょう。',
      );
    }
  }

  // Challenges between the departments: last month's (closed now) and this month's.
  const departments = await scope.repo(DepartmentEntity).find({ order: { name: 'ASC' } });
  const topLevel = departments.filter((d) => d.parentId === null).map((d) => d.id);
  const challenges = app.get(ChallengesService);
  const settings = { timeZone: org.timeZone, fiscalYearStartMonth: org.fiscalYearStartMonth };
  const thisMonth = periodOf('month', now, settings);
  const lastMonth = periodOf('month', new Date(thisMonth.start.getTime() - DAY), settings);
  const admin = viewerOf('admin@example.com');
  await challenges.create(
    admin,
    {
      title: `${lastMonth.label.ja} ナレッジ投稿チャレンジ`,
      description: '部署ごとのナレッジ公開数を一人あたりで競います。',
      metric: ChallengeMetricEnum.KNOWLEDGE_POSTS,
      target: 1,
      unitType: ChallengeUnitTypeEnum.DEPARTMENT,
      unitIds: topLevel,
      startsAt: lastMonth.start,
      endsAt: lastMonth.end,
      scoring: ChallengeScoringEnum.PER_HEAD,
      winnerPoints: 20,
    },
    new Date(lastMonth.start.getTime() + DAY),
  );
  await challenges.create(admin, {
    title: `${thisMonth.label.ja} テンプレート活用チャレンジ`,
    description: 'プロンプトテンプレートの再利用数を部署ごとに競います。目標は一人あたり5回！',
    metric: ChallengeMetricEnum.TEMPLATE_REUSES,
    target: 5,
    unitType: ChallengeUnitTypeEnum.DEPARTMENT,
    unitIds: topLevel,
    startsAt: null,
    endsAt: null,
    scoring: ChallengeScoringEnum.PER_HEAD,
    winnerPoints: 30,
  });
  await app.get(ChallengeClosingService).closeDue(now);
  await bus.drain();

  // Badges for everything the history earned (the catch-up also runs at startup).
  await app.get(BadgeAwardService).evaluateOrganization(tenant);
  await bus.drain();
}
