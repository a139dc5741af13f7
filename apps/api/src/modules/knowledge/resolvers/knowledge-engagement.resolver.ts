import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import {
  KnowledgeCommentModel,
  KnowledgePostModel,
  RecordViewResult,
} from '../dto/knowledge-post.model';
import { toKnowledgeCommentModel, toKnowledgePostModel } from '../mappers/knowledge.mapper';
import { KnowledgeEngagementService } from '../services/knowledge-engagement.service';
import { KnowledgePostsService } from '../services/knowledge-posts.service';

/** Views, likes and comments on published posts. */
@Resolver()
export class KnowledgeEngagementResolver {
  constructor(
    private readonly engagement: KnowledgeEngagementService,
    private readonly posts: KnowledgePostsService,
  ) {}

  @Authenticated()
  @Mutation(() => RecordViewResult, {
    description:
      'Records that the viewer opened a published post. One counted view per member per post per day; own views never count. Retries with the same idempotencyKey return the first result.',
  })
  recordView(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ): Promise<RecordViewResult> {
    return this.engagement.recordView(viewer, postId, idempotencyKey);
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description:
      '役に立った. The author earns likeReceived once per member and post, never for own posts.',
  })
  async likeKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('idempotencyKey') idempotencyKey: string,
  ): Promise<KnowledgePostModel> {
    await this.engagement.like(viewer, id, idempotencyKey);
    return toKnowledgePostModel(await this.posts.get(viewer, id));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description: 'Takes the viewer’s like back (points already earned stay).',
  })
  async unlikeKnowledgePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<KnowledgePostModel> {
    await this.engagement.unlike(viewer, id);
    return toKnowledgePostModel(await this.posts.get(viewer, id));
  }

  @Authenticated()
  @Mutation(() => KnowledgeCommentModel)
  async addKnowledgeComment(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('body') body: string,
  ): Promise<KnowledgeCommentModel> {
    return toKnowledgeCommentModel(await this.engagement.addComment(viewer, postId, body));
  }

  @Authenticated()
  @Mutation(() => KnowledgePostModel, {
    description: 'Removes a comment (its author or an admin); returns the post.',
  })
  async deleteKnowledgeComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<KnowledgePostModel> {
    const postId = await this.engagement.deleteComment(viewer, id);
    return toKnowledgePostModel(await this.posts.get(viewer, postId));
  }
}
