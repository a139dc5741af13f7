import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
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
import { insertRows } from '../../../database/dialect-sql';
import { IdempotencyRecordEntity } from '../entities/idempotency-record.entity';

type StoredRecord = Pick<IdempotencyRecordEntity, 'fingerprint' | 'resultJson'>;

class ConcurrentDuplicate extends Error {}

/** A validated request: its key and the fingerprint of what it asks. */
export type IdempotentRequest = { key: string; fingerprint: string };

/** What a stored record says about a request: run it, or answer with the first result. */
export type IdempotentOutcome<T> = { found: true; value: T } | { found: false };

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
    const request = this.prepare(viewer, operation, args, idempotencyKey);
    const replayed = await this.replay<T>(viewer, request);
    if (replayed.found) return replayed.value;
    try {
      return await this.db.transaction(viewer, async (scope) => {
        const result = await work(scope);
        try {
          await this.store(scope, [{ viewer, operation, request, result }]);
        } catch (error) {
          if (isUniqueViolation(error)) throw new ConcurrentDuplicate();
          throw error;
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof ConcurrentDuplicate)) throw error;
      // The same key committed first in a concurrent request: ours rolled back; answer as a retry.
      const again = await this.replay<T>(viewer, request);
      if (again.found) return again.value;
      throw error;
    }
  }

  /** Validates the key (BAD_USER_INPUT) and fingerprints the request (operation, args, member). */
  prepare(
    viewer: Viewer,
    operation: string,
    args: Record<string, unknown>,
    idempotencyKey: string,
  ): IdempotentRequest {
    const key = validateIdempotencyKey(idempotencyKey);
    if (!key.ok) throw new BadUserInputError(key.errors);
    const fingerprint = createHash('sha256')
      .update(requestFingerprint(operation, { ...args, by: viewer.memberId }))
      .digest('hex');
    return { key: key.value, fingerprint };
  }

  /** The stored records of these keys (for batches: one query, then `outcome` per request). */
  async storedMany(
    scope: TenantScope,
    keys: readonly string[],
  ): Promise<Map<string, StoredRecord>> {
    if (keys.length === 0) return new Map();
    const rows = await scope
      .repo(IdempotencyRecordEntity)
      .findBy({ idempotencyKey: In([...new Set(keys)]) });
    return new Map(rows.map((row) => [row.idempotencyKey, row]));
  }

  /** Stores first results (in the mutation's transaction; a taken key is a unique violation). */
  async store(
    scope: TenantScope,
    done: readonly {
      viewer: Viewer;
      operation: string;
      request: IdempotentRequest;
      result: unknown;
    }[],
  ): Promise<void> {
    const now = new Date();
    await insertRows(
      scope.manager,
      'idempotency_records',
      [
        'organization_id',
        'idempotency_key',
        'member_id',
        'operation',
        'fingerprint',
        'result_json',
        'created_at',
      ],
      done.map(({ viewer, operation, request, result }) => [
        scope.tenant.organizationId,
        request.key,
        viewer.memberId,
        operation,
        request.fingerprint,
        JSON.stringify(result ?? null),
        now,
      ]),
    );
  }

  /**
   * `store` for batches: false (and nothing stored) when one of the keys is stored already, by
   * an earlier request or a concurrent one; the caller rolls the batch back and runs it again
   * with the lookup, which answers that request as a replay.
   */
  async storeIfNew(
    scope: TenantScope,
    done: Parameters<IdempotencyService['store']>[1],
  ): Promise<boolean> {
    try {
      await this.store(scope, done);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  private async replay<T>(
    viewer: Viewer,
    request: IdempotentRequest,
  ): Promise<IdempotentOutcome<T>> {
    const stored = await this.db
      .scope(viewer)
      .repo(IdempotencyRecordEntity)
      .findOneBy({ idempotencyKey: request.key });
    return this.outcome<T>(stored, request);
  }

  /** Replay, run, or BAD_USER_INPUT when the key was used for a different request. */
  outcome<T>(
    stored: StoredRecord | null | undefined,
    request: IdempotentRequest,
  ): IdempotentOutcome<T> {
    switch (checkIdempotentReplay(stored ?? null, request.fingerprint)) {
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
