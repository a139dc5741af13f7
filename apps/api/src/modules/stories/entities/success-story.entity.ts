import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** A success story (成功事例): what improved, how, and the minutes it saves. */
@Entity('success_stories')
@Index('ix_stories_org_status', ['organizationId', 'status'])
@Index('ix_stories_org_author', ['organizationId', 'authorId'])
@Index('ix_stories_org_department_status', ['organizationId', 'departmentId', 'status'])
export class SuccessStoryEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'author_id', length: 36 })
  authorId: string;

  /** The author's department when last submitted: who may review it. */
  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  @Column('varchar', { length: 200 })
  title: string;

  /** What was improved (業務・課題). */
  @Column('text')
  improved: string;

  /** How (Markdown): the steps, the prompt, the check. */
  @Column('text', { name: 'how_markdown' })
  howMarkdown: string;

  /** Minutes per occurrence × 100 (two decimals, kept exact as integers on both dialects). */
  @Column('int', { name: 'minutes_before_x100' })
  minutesBeforeX100: number;

  @Column('int', { name: 'minutes_after_x100' })
  minutesAfterX100: number;

  @Column('int', { name: 'occurrences_per_month_x100' })
  occurrencesPerMonthX100: number;

  @Column('varchar', { name: 'quality_note', length: 2000, nullable: true })
  qualityNote: string | null;

  @Column('varchar', { length: 12 })
  status: string;

  @Column('varchar', { name: 'reviewer_id', length: 36, nullable: true })
  reviewerId: string | null;

  @Column('varchar', { name: 'review_comment', length: 2000, nullable: true })
  reviewComment: string | null;

  @Column('datetime', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('datetime', { name: 'reviewed_at', nullable: true })
  reviewedAt: Date | null;

  @Column('datetime', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  /** How many times it was approved: numbers each approval's ledger keys. */
  @Column('int', { name: 'approval_count' })
  approvalCount: number;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
