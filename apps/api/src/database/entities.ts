import { MemberEntity } from '../modules/identity/entities/member.entity';
import { MemberRoleEntity } from '../modules/identity/entities/member-role.entity';
import { SessionEntity } from '../modules/identity/entities/session.entity';
import { DepartmentEntity } from '../modules/organization/entities/department.entity';
import { OrganizationEntity } from '../modules/organization/entities/organization.entity';
import { TeamEntity } from '../modules/organization/entities/team.entity';
import { TeamMemberEntity } from '../modules/organization/entities/team-member.entity';
import { IdempotencyRecordEntity } from '../modules/points/entities/idempotency-record.entity';
import { LedgerEntryEntity } from '../modules/points/entities/ledger-entry.entity';
import { MemberDailyEarningEntity } from '../modules/points/entities/member-daily-earning.entity';
import { MemberUsageDayEntity } from '../modules/points/entities/member-usage-day.entity';
import { MemberSourceMonthEntity } from '../modules/points/entities/member-source-month.entity';
import { MemberUsageMonthEntity } from '../modules/points/entities/member-usage-month.entity';
import { MemberPointTotalEntity } from '../modules/points/entities/member-point-total.entity';
import { PointDedupeKeyEntity } from '../modules/points/entities/point-dedupe-key.entity';
import { PointRuleSetEntity } from '../modules/points/entities/point-rule-set.entity';
import { UsageEventEntity } from '../modules/points/entities/usage-event.entity';
import { SuccessStoryTemplateEntity } from '../modules/stories/entities/success-story-template.entity';
import { SuccessStoryEntity } from '../modules/stories/entities/success-story.entity';
import { SearchDocumentEntity } from '../modules/search/entities/search-document.entity';
import { SearchTokenEntity } from '../modules/search/entities/search-token.entity';
import {
  BannedTermEntity,
  ContentCheckConfirmationEntity,
  GuidelineAcknowledgementEntity,
  GuidelineVersionEntity,
} from '../modules/guideline/entities/guideline.entities';
import { UploadedFileEntity } from '../modules/uploads/entities/uploaded-file.entity';
import { PromptTemplateEntity } from '../modules/templates/entities/prompt-template.entity';
import { TemplateCategoryEntity } from '../modules/templates/entities/template-category.entity';
import { TemplateReuserEntity } from '../modules/templates/entities/template-reuser.entity';
import { KnowledgeCommentEntity } from '../modules/knowledge/entities/knowledge-comment.entity';
import { KnowledgePostLikeEntity } from '../modules/knowledge/entities/knowledge-post-like.entity';
import { KnowledgePostRevisionEntity } from '../modules/knowledge/entities/knowledge-post-revision.entity';
import { KnowledgePostTagEntity } from '../modules/knowledge/entities/knowledge-post-tag.entity';
import { KnowledgePostEntity } from '../modules/knowledge/entities/knowledge-post.entity';
import { PointTargetWeeklyCountEntity } from '../modules/points/entities/point-target-weekly-count.entity';
import { RecognitionValueEntity } from '../modules/recognition/entities/recognition-value.entity';
import { RecognitionSettingsEntity } from '../modules/recognition/entities/recognition-settings.entity';
import { KudosEntity } from '../modules/recognition/entities/kudos.entity';
import { KudosBudgetCounterEntity } from '../modules/recognition/entities/kudos-budget-counter.entity';
import { FeedItemEntity } from '../modules/recognition/entities/feed-item.entity';
import { FeedReactionEntity } from '../modules/recognition/entities/feed-reaction.entity';
import { FeedCommentEntity } from '../modules/recognition/entities/feed-comment.entity';
import { NotificationEntity } from '../modules/recognition/entities/notification.entity';
import { TemplateReuseMilestoneEntity } from '../modules/recognition/entities/template-reuse-milestone.entity';
import { MemberBadgeEntity } from '../modules/badges/entities/member-badge.entity';
import { CustomBadgeEntity } from '../modules/badges/entities/custom-badge.entity';
import { MemberChallengeWinEntity } from '../modules/badges/entities/member-challenge-win.entity';
import { MemberSpecialityEntity } from '../modules/badges/entities/member-speciality.entity';
import { FairPlayReversalEntity } from '../modules/fair-play/entities/fair-play-reversal.entity';
import { LeaderboardPreferenceEntity } from '../modules/leaderboards/entities/leaderboard-preference.entity';
import { LeaderboardSettingsEntity } from '../modules/leaderboards/entities/leaderboard-settings.entity';
import { ChallengeEntity } from '../modules/challenges/entities/challenge.entity';
import { ChallengeUnitEntity } from '../modules/challenges/entities/challenge-unit.entity';
import { ChallengeProgressKeyEntity } from '../modules/challenges/entities/challenge-progress-key.entity';
import { EvaluationPeriodEntity } from '../modules/hr-export/entities/evaluation-period.entity';
import { EvaluationSnapshotEntity } from '../modules/hr-export/entities/evaluation-snapshot.entity';
import { HrExportSettingsEntity } from '../modules/hr-export/entities/hr-export-settings.entity';
import { ExportAuditEntryEntity } from '../modules/hr-export/entities/export-audit-entry.entity';
import { AppealEntity } from '../modules/appeals/entities/appeal.entity';
import { AppealEventEntity } from '../modules/appeals/entities/appeal-event.entity';

/** Every TypeORM entity of the application: the schema truth both migration sets follow. */
export const ENTITIES = [
  OrganizationEntity,
  DepartmentEntity,
  TeamEntity,
  TeamMemberEntity,
  MemberEntity,
  MemberRoleEntity,
  SessionEntity,
  PointRuleSetEntity,
  LedgerEntryEntity,
  MemberPointTotalEntity,
  MemberDailyEarningEntity,
  MemberUsageDayEntity,
  MemberSourceMonthEntity,
  MemberUsageMonthEntity,
  PointDedupeKeyEntity,
  IdempotencyRecordEntity,
  UsageEventEntity,
  SuccessStoryEntity,
  SuccessStoryTemplateEntity,
  SearchDocumentEntity,
  SearchTokenEntity,
  GuidelineVersionEntity,
  GuidelineAcknowledgementEntity,
  BannedTermEntity,
  ContentCheckConfirmationEntity,
  UploadedFileEntity,
  TemplateCategoryEntity,
  PromptTemplateEntity,
  TemplateReuserEntity,
  KnowledgePostEntity,
  KnowledgePostTagEntity,
  KnowledgePostRevisionEntity,
  KnowledgePostLikeEntity,
  KnowledgeCommentEntity,
  PointTargetWeeklyCountEntity,
  RecognitionValueEntity,
  RecognitionSettingsEntity,
  KudosEntity,
  KudosBudgetCounterEntity,
  FeedItemEntity,
  FeedReactionEntity,
  FeedCommentEntity,
  NotificationEntity,
  TemplateReuseMilestoneEntity,
  MemberBadgeEntity,
  CustomBadgeEntity,
  MemberChallengeWinEntity,
  MemberSpecialityEntity,
  FairPlayReversalEntity,
  LeaderboardPreferenceEntity,
  LeaderboardSettingsEntity,
  ChallengeEntity,
  ChallengeUnitEntity,
  ChallengeProgressKeyEntity,
  EvaluationPeriodEntity,
  EvaluationSnapshotEntity,
  HrExportSettingsEntity,
  ExportAuditEntryEntity,
  AppealEntity,
  AppealEventEntity,
];
