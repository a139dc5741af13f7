import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import {
  BannedTermModel,
  ContentFlagModel,
  Guideline,
  GuidelineInput,
} from '../dto/guideline.model';
import { GuidelineService } from '../services/guideline.service';

const MAX_CHECK_LENGTH = 200_000;

@Resolver()
export class GuidelineResolver {
  constructor(private readonly guidelines: GuidelineService) {}

  private async toModel(viewer: Viewer): Promise<Guideline> {
    const current = await this.guidelines.current(viewer);
    const version = current?.version ?? 0;
    return {
      version,
      recommendedUses: current?.recommendedUses ?? '',
      neverInput: current?.neverInput ?? '',
      finalCheck: current?.finalCheck ?? '',
      publishedAt: current?.publishedAt ?? null,
      needsAcknowledgement: await this.guidelines.needsAcknowledgement(viewer, version),
    };
  }

  @Authenticated()
  @Query(() => Guideline, {
    description: 'The current guideline and whether the viewer must acknowledge it.',
  })
  guideline(@CurrentViewer() viewer: Viewer): Promise<Guideline> {
    return this.toModel(viewer);
  }

  @RequireRoles('admin')
  @Mutation(() => Guideline, {
    description: 'Publishes a new version; every member is asked to acknowledge it.',
  })
  async publishGuideline(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: GuidelineInput,
  ): Promise<Guideline> {
    await this.guidelines.publish(viewer, input);
    return this.toModel(viewer);
  }

  @Authenticated()
  @Mutation(() => Guideline)
  async acknowledgeGuideline(
    @CurrentViewer() viewer: Viewer,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Guideline> {
    await this.guidelines.acknowledge(viewer, version);
    return this.toModel(viewer);
  }

  @Authenticated()
  @Query(() => [ContentFlagModel], {
    description:
      'Pre-publish check: banned terms, email addresses, phone numbers, My Number, card numbers.',
  })
  async checkContent(
    @CurrentViewer() viewer: Viewer,
    @Args('text') text: string,
  ): Promise<ContentFlagModel[]> {
    if (text.length > MAX_CHECK_LENGTH) {
      throw BadUserInputError.field(
        'text',
        'text.tooLong',
        `At most ${MAX_CHECK_LENGTH} characters can be checked`,
      );
    }
    return (await this.guidelines.check(viewer, text)).map((f) => ({
      kind: f.kind,
      start: f.start,
      end: f.end,
      match: f.match,
      message: f.message[viewer.locale],
    }));
  }

  @RequireRoles('admin')
  @Query(() => [BannedTermModel])
  bannedTerms(@CurrentViewer() viewer: Viewer) {
    return this.guidelines.bannedTerms(viewer);
  }

  @RequireRoles('admin')
  @Mutation(() => BannedTermModel)
  addBannedTerm(@CurrentViewer() viewer: Viewer, @Args('term') term: string) {
    return this.guidelines.addBannedTerm(viewer, term);
  }

  @RequireRoles('admin')
  @Mutation(() => Boolean)
  removeBannedTerm(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.guidelines.removeBannedTerm(viewer, id);
  }
}
