import {
  type DataSource,
  type DeepPartial,
  type EntityManager,
  type EntityTarget,
  type FindManyOptions,
  type FindOneOptions,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { withWriteLock } from '../../database/write-lock';
import type { Tenant, TenantOwned } from './tenant-owned';

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];

/**
 * A repository bound to one organization. Every read adds `organizationId = tenant` to each
 * alternative of the WHERE, every write stamps or checks it, so a service cannot reach
 * another organization's rows by forgetting a condition. Services get tenant-owned data only
 * through this class (see TenantDataSource); the raw repositories stay inside it.
 */
export class TenantRepository<E extends TenantOwned & ObjectLiteral> {
  constructor(
    private readonly repository: Repository<E>,
    readonly tenant: Tenant,
    /** Set outside transactions: writes then take the SQLite write lock. */
    private readonly lockSource: DataSource | null,
  ) {}

  private write<T>(work: () => Promise<T>): Promise<T> {
    return this.lockSource ? withWriteLock(this.lockSource, work) : work();
  }

  private scope(where?: Where<E>): Where<E> {
    const org = { organizationId: this.tenant.organizationId } as FindOptionsWhere<E>;
    if (!where) return org;
    if (Array.isArray(where)) return where.map((w) => ({ ...w, ...org }));
    return { ...where, ...org };
  }

  find(options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.repository.find({ ...options, where: this.scope(options.where as Where<E>) });
  }

  findBy(where: Where<E>): Promise<E[]> {
    return this.repository.findBy(this.scope(where));
  }

  findOne(options: FindOneOptions<E>): Promise<E | null> {
    return this.repository.findOne({ ...options, where: this.scope(options.where as Where<E>) });
  }

  findOneBy(where: Where<E>): Promise<E | null> {
    return this.repository.findOneBy(this.scope(where));
  }

  countBy(where?: Where<E>): Promise<number> {
    return this.repository.countBy(this.scope(where));
  }

  existsBy(where: Where<E>): Promise<boolean> {
    return this.repository.existsBy(this.scope(where));
  }

  /** A query builder already restricted to the tenant; add conditions with andWhere only. */
  query(alias: string): SelectQueryBuilder<E> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organizationId = :__tenantOrganizationId`, {
        __tenantOrganizationId: this.tenant.organizationId,
      });
  }

  create(values: DeepPartial<Omit<E, 'organizationId'>>): E {
    return this.repository.create({
      ...values,
      organizationId: this.tenant.organizationId,
    } as DeepPartial<E>);
  }

  async insert(entities: E | E[]): Promise<void> {
    const list = Array.isArray(entities) ? entities : [entities];
    if (list.length === 0) return;
    for (const entity of list) this.assertOwned(entity);
    await this.write(() => this.repository.insert(list as never));
  }

  async save(entity: E): Promise<E> {
    this.assertOwned(entity);
    return this.write(() => this.repository.save(entity));
  }

  async update(where: Where<E>, patch: DeepPartial<Omit<E, 'organizationId'>>): Promise<number> {
    const result = await this.write(() =>
      this.repository.update(this.scope(where) as FindOptionsWhere<E>, patch as never),
    );
    return result.affected ?? 0;
  }

  async delete(where: Where<E>): Promise<number> {
    const result = await this.write(() =>
      this.repository.delete(this.scope(where) as FindOptionsWhere<E>),
    );
    return result.affected ?? 0;
  }

  private assertOwned(entity: E): void {
    if (entity.organizationId !== this.tenant.organizationId) {
      throw new Error('Refusing to write a row of another organization');
    }
  }
}

/** Opens tenant-bound repositories on the default manager or inside a transaction. */
export class TenantScope {
  private readonly committedHooks: (() => void)[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly tenant: Tenant,
    private readonly lockSource: DataSource | null,
  ) {}

  /**
   * Runs `hook` once the scope's work is durable: after the transaction commits (never when it
   * rolls back or is retried), or right away outside a transaction. Used to publish events.
   */
  afterCommit(hook: () => void): void {
    if (this.lockSource) queueMicrotask(hook);
    else this.committedHooks.push(hook);
  }

  /** Called by TenantDataSource after a successful commit. */
  runCommitHooks(): void {
    for (const hook of this.committedHooks.splice(0)) hook();
  }

  repo<E extends TenantOwned & ObjectLiteral>(target: EntityTarget<E>): TenantRepository<E> {
    return new TenantRepository(this.manager.getRepository(target), this.tenant, this.lockSource);
  }
}
