import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Viewer } from '../../../common/auth/viewer';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { RecognitionValueEntity } from '../entities/recognition-value.entity';
import { FeedService, type ReactionCount } from './feed.service';

function createRecognitionLoaders(db: TenantDataSource, feed: FeedService, viewer: Viewer) {
  return {
    reactions: new DataLoader<string, ReactionCount[]>(async (ids) => {
      const counts = await feed.reactionCounts(viewer, ids);
      return ids.map((id) => counts.get(id) ?? []);
    }),
    commentCount: new DataLoader<string, number>(async (ids) => {
      const counts = await feed.commentCounts(viewer, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    value: new DataLoader<string, RecognitionValueEntity | null>(async (ids) => {
      const rows = await db
        .scope(viewer)
        .repo(RecognitionValueEntity)
        .findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}

export type RecognitionLoaders = ReturnType<typeof createRecognitionLoaders>;

/** Per-request (per-event for subscriptions) batch loaders of the recognition module. */
@Injectable()
export class RecognitionLoadersFactory {
  private readonly perRequest = new WeakMap<object, RecognitionLoaders>();

  constructor(
    private readonly db: TenantDataSource,
    private readonly feed: FeedService,
  ) {}

  for(context: object, viewer: Viewer): RecognitionLoaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = createRecognitionLoaders(this.db, this.feed, viewer);
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
