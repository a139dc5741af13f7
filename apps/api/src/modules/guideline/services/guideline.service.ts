import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  checkContent,
  needsGuidelineAcknowledgement,
  normalizeText,
  validateBannedTerms,
  validateGuidelineContent,
  type ContentFlag,
  type GuidelineContent,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError, NotFoundError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { ActivityBus } from '../../../common/events/activity-bus';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import {
  BannedTermEntity,
  ContentCheckConfirmationEntity,
  GuidelineAcknowledgementEntity,
  GuidelineVersionEntity,
} from '../entities/guideline.entities';

export class ContentFlaggedError extends BadUserInputError {
  constructor(
    readonly flags: ContentFlag[],
    locale: 'ja' | 'en',
  ) {
    super(
      flags.map((f) => ({
        field: 'content',
        code: `contentCheck.${f.kind}`,
        message: `${f.message[locale]}: ${f.match}`,
      })),
      'The content may contain confidential or personal data. Edit it, or confirm to publish anyway.',
    );
  }
}

/**
 * The one-page guideline (推奨用途 / 入力禁止 / 最終チェック), its acknowledgements, and the
 * pre-publish content check every content module runs before publishing.
 */
@Injectable()
export class GuidelineService {
  constructor(
    private readonly db: TenantDataSource,
    private readonly bus: ActivityBus,
  ) {}

  async current(tenant: Tenant): Promise<GuidelineVersionEntity | null> {
    return this.db
      .scope(tenant)
      .repo(GuidelineVersionEntity)
      .findOne({ where: {}, order: { version: 'DESC' } });
  }

  async needsAcknowledgement(viewer: Viewer, version: number): Promise<boolean> {
    if (version === 0) return false;
    const ack = await this.db
      .scope(viewer)
      .repo(GuidelineAcknowledgementEntity)
      .findOne({ where: { memberId: viewer.memberId }, order: { version: 'DESC' } });
    return needsGuidelineAcknowledgement(ack?.version ?? null, version);
  }

  async publish(
    viewer: Viewer,
    content: Partial<GuidelineContent>,
  ): Promise<GuidelineVersionEntity> {
    const valid = validateGuidelineContent(content);
    if (!valid.ok) throw new BadUserInputError(valid.errors);
    return this.db.transaction(viewer, async (scope) => {
      const repo = scope.repo(GuidelineVersionEntity);
      const latest = await repo.findOne({ where: {}, order: { version: 'DESC' } });
      const entity = repo.create({
        id: uuidv7(),
        version: (latest?.version ?? 0) + 1,
        ...valid.value,
        publishedBy: viewer.memberId,
        publishedAt: new Date(),
      });
      await repo.insert(entity);
      return entity;
    });
  }

  async acknowledge(viewer: Viewer, version: number): Promise<void> {
    const current = await this.current(viewer);
    if (!current || current.version !== version) {
      throw BadUserInputError.field(
        'version',
        'guideline.notCurrent',
        'Acknowledge the current guideline version',
      );
    }
    const repo = this.db.scope(viewer).repo(GuidelineAcknowledgementEntity);
    if (await repo.existsBy({ memberId: viewer.memberId, version })) return;
    const acknowledgedAt = new Date();
    try {
      await repo.insert(repo.create({ memberId: viewer.memberId, version, acknowledgedAt }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return;
    }
    this.bus.publish({
      type: 'guidelineAcknowledged',
      organizationId: viewer.organizationId,
      memberId: viewer.memberId,
      occurredAt: acknowledgedAt,
    });
  }

  async bannedTerms(tenant: Tenant): Promise<BannedTermEntity[]> {
    return this.db
      .scope(tenant)
      .repo(BannedTermEntity)
      .find({ order: { term: 'ASC' } });
  }

  async addBannedTerm(viewer: Viewer, raw: string): Promise<BannedTermEntity> {
    const term = normalizeText(raw ?? '');
    const existing = (await this.bannedTerms(viewer)).map((t) => t.term);
    const valid = validateBannedTerms([...existing, term]);
    if (!valid.ok) throw new BadUserInputError(valid.errors.map((e) => ({ ...e, field: 'term' })));
    if (!term) throw BadUserInputError.field('term', 'term.required', 'Enter a term');
    if (existing.includes(term))
      throw BadUserInputError.field('term', 'term.duplicate', 'This term is already listed');
    const repo = this.db.scope(viewer).repo(BannedTermEntity);
    const entity = repo.create({
      id: uuidv7(),
      term,
      createdBy: viewer.memberId,
      createdAt: new Date(),
    });
    try {
      await repo.insert(entity);
    } catch (error) {
      if (isUniqueViolation(error))
        throw BadUserInputError.field('term', 'term.duplicate', 'This term is already listed');
      throw error;
    }
    return entity;
  }

  async removeBannedTerm(viewer: Viewer, id: string): Promise<boolean> {
    if (!(await this.db.scope(viewer).repo(BannedTermEntity).delete({ id })))
      throw new NotFoundError('Banned term');
    return true;
  }

  async check(tenant: Tenant, text: string): Promise<ContentFlag[]> {
    const terms = (await this.bannedTerms(tenant)).map((t) => t.term);
    return checkContent(text, { bannedTerms: terms });
  }

  /**
   * Before publishing: refuses flagged content unless the author confirmed it, and records
   * the confirmation (what was flagged, who, when). Call inside the publishing transaction.
   */
  async assertPublishable(
    scope: TenantScope,
    viewer: Viewer,
    source: { sourceType: string; sourceId: string; text: string },
    confirmed: boolean,
  ): Promise<void> {
    const flags = await this.check(scope.tenant, source.text);
    if (flags.length === 0) return;
    if (!confirmed) throw new ContentFlaggedError(flags, viewer.locale);
    const repo = scope.repo(ContentCheckConfirmationEntity);
    await repo.insert(
      repo.create({
        id: uuidv7(),
        memberId: viewer.memberId,
        sourceType: source.sourceType,
        sourceId: source.sourceId,
        flagsJson: JSON.stringify(
          flags.map(({ kind, start, end, match }) => ({ kind, start, end, match })),
        ),
        confirmedAt: new Date(),
      }),
    );
  }
}
