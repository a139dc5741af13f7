import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { KnowledgePostModel } from '../dto/knowledge-post.model';
import { toKnowledgePostModel } from '../mappers/knowledge.mapper';
import { KnowledgeLifecycleService } from '../services/knowledge-lifecycle.service';
import { KnowledgePostsService } from '../services/knowledge-posts.service';

/** Status, ownership and review of posts (permissions are per post, checked in the service). */
@Resolver(() => KnowledgePostModel)
export class KnowledgeLifecycleResolver {
  constructor(
    private readonly lifecycle: KnowledgeLifecycleService,
    private readonly posts: KnowledgePostsService,
  ) {}

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description:
      'Draft or archived → published (author, owner or admin); awards knowledgePublished to the author.',
  })
  async publishKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('confirmFlags', {
      defaultValue: false,
      description: 'Publish although the guideline content check flagged something (recorded).',
    })
    confirmFlags: boolean,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.lifecycle.publish(viewer, id, confirmFlags));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description: 'Published → draft; reverses the publishing points (views and likes earned stay).',
  })
  async unpublishKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.lifecycle.unpublish(viewer, id));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description:
      'Draft or published → archived (still readable); from published it reverses the publishing points.',
  })
  async archiveKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.lifecycle.archive(viewer, id));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description: 'Owner or admin hands the post to another active member.',
  })
  async transferKnowledgePostOwner(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('ownerId', { type: () => ID }) ownerId: string,
  ): Promise<KnowledgePostModel> {
    return toKnowledgePostModel(await this.lifecycle.transferOwner(viewer, id, ownerId));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description:
      'Confirms a post past its review-by date is still right (owner; anyone if the owner is inactive). Awards knowledgeReviewed.',
  })
  async confirmKnowledgeReview(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ): Promise<KnowledgePostModel> {
    const postId = await this.lifecycle.confirmReview(viewer, id, idempotencyKey);
    return toKnowledgePostModel(await this.posts.get(viewer, postId));
  }
}
