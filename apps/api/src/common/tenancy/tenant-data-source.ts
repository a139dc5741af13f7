import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { transactional } from '../../database/write-lock';
import { TenantScope } from './tenant-repository';
import type { Tenant } from './tenant-owned';

/** The only way services reach tenant-owned tables. */
@Injectable()
export class TenantDataSource {
  constructor(private readonly dataSource: DataSource) {}

  get dialect(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  }

  /** Outside a transaction: each write is one statement, serialized on SQLite. */
  scope(tenant: Tenant): TenantScope {
    return new TenantScope(this.dataSource.manager, tenant, this.dataSource);
  }

  /** `work` may run more than once (deadlock retry); after-commit hooks run once, on success. */
  async transaction<T>(tenant: Tenant, work: (scope: TenantScope) => Promise<T>): Promise<T> {
    let committed: TenantScope | null = null;
    const result = await transactional(this.dataSource, async (manager) => {
      const scope = new TenantScope(manager, tenant, null);
      const value = await work(scope);
      committed = scope;
      return value;
    });
    (committed as TenantScope | null)?.runCommitHooks();
    return result;
  }
}
