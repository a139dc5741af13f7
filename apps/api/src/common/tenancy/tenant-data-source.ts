import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantScope } from './tenant-repository';
import type { Tenant } from './tenant-owned';

/** The only way services reach tenant-owned tables. */
@Injectable()
export class TenantDataSource {
  constructor(private readonly dataSource: DataSource) {}

  scope(tenant: Tenant): TenantScope {
    return new TenantScope(this.dataSource.manager, tenant);
  }

  transaction<T>(tenant: Tenant, work: (scope: TenantScope) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new TenantScope(manager, tenant)));
  }
}
