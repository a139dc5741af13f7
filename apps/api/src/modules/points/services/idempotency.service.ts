import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  checkIdempotentReplay,
  requestFingerprint,
  validateIdempotencyKey,
} from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { isUniqueViolation } from '../../../database/unique-violation';
import { IdempotencyRecordEntity } from '../entities/idempotency-record.entity';

class ConcurrentDuplicate extends Error {}

/**
 * Runs a mutation at most once per idempotency key: a retry with the same key and arguments
 * returns the first result and writes nothing; the same key with other arguments is refused.
 * The record is written in the mutation's own transaction, so a crash leaves no half state.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly db: TenantDataSource) {}

  async run<T>(
    viewer: Viewer,
    operation: string,
    args: Record<string, unknown>,
    idempotencyKey: string,
    work: (scope: TenantScope) => Promise<T>,
  ): Promise<T> {
    const key = validateIdempotencyKey(idempotencyKey);
    if (!key.ok) throw new BadUserInputError(key.errors);
    const fingerprint = createHash('sha256')
      .update(requestFingerprint(operation, { ...args, by: viewer.memberId }))
      .digest('hex');

    const replayed = await this.replay<T>(viewer, key.value, fingerprint);
    if (replayed.found) return replayed.value;
    try {
      return await this.db.transaction(viewer, async (scope) => {
        const result = await work(scope);
        const repo = scope.repo(IdempotencyRecordEntity);
        try {
          await repo.insert(
            repo.create({
              idempotencyKey: key.value,
              memberId: viewer.memberId,
              operation,
              fingerprint,
              resultJson: JSON.stringify(result ?? null),
              createdAt: new Date(),
            }),
          );
        } catch (error) {
          if (isUniqueViolation(error)) throw new ConcurrentDuplicate();
          throw error;
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof ConcurrentDuplicate)) throw error;
      // The same key committed first in a concurrent request: ours rolled back; answer as a retry.
      const again = await this.replay<T>(viewer, key.value, fingerprint);
      if (again.found) return again.value;
      throw error;
    }
  }

  private async replay<T>(
    viewer: Viewer,
    key: string,
    fingerprint: string,
  ): Promise<{ found: true; value: T } | { found: false }> {
    const stored = await this.db
      .scope(viewer)
      .repo(IdempotencyRecordEntity)
      .findOneBy({ idempotencyKey: key });
    switch (checkIdempotentReplay(stored, fingerprint)) {
      case 'new':
        return { found: false };
      case 'replay':
        return { found: true, value: JSON.parse(stored!.resultJson) as T };
      case 'conflict':
        throw BadUserInputError.field(
          'idempotencyKey',
          'idempotencyKey.conflict',
          'This idempotency key was already used for a different request',
        );
    }
  }
}
