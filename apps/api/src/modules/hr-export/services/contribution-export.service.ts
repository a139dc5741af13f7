import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { ExportFormat, Locale } from '@chienowa/domain';
import type { Viewer } from '../../../common/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { REDIS } from '../../../common/redis/redis.tokens';
import { ForbiddenError, NotFoundError } from '../../../common/graphql/app-errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberEntity } from '../../identity/entities/member.entity';
import { TeamEntity } from '../../organization/entities/team.entity';
import { EvaluationPeriodEntity } from '../entities/evaluation-period.entity';
import { ExportAuditEntryEntity } from '../entities/export-audit-entry.entity';
import { HrExportSettingsEntity } from '../entities/hr-export-settings.entity';
import { ContributionRowsService, type RowFilter } from './contribution-rows.service';
import { EvaluationPeriodsService } from './evaluation-periods.service';
import {
  CONTENT_TYPES,
  exportFileName,
  renderExport,
  type ExportPart,
  type RenderResult,
} from './export-renderer';

export type ExportRequest = {
  periodId: string;
  format: ExportFormat;
  departmentId?: string | null;
  teamId?: string | null;
  includeInactive?: boolean | null;
  part?: ExportPart | null;
  locale?: Locale | null;
};

/** Who asks: a signed-in member (GraphQL) or the command line (scheduled runs). */
export type ExportActor = { kind: 'member'; viewer: Viewer } | { kind: 'cli'; tenant: Tenant };

export type RenderedExport = RenderResult & {
  file: string;
  fileName: string;
  contentType: string;
  auditId: string;
};

export type DownloadTicket = {
  token: string;
  memberId: string;
  organizationId: string;
  file: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  expiresAt: Date;
};

const TICKET_TTL_MS = 10 * 60 * 1000;
const ticketKey = (token: string) => `export-ticket:${token}`;

/**
 * The contribution export: authorizes, renders to a temp file (hashing exactly the bytes that
 * will be served), writes the append-only audit entry — the export fails when it cannot —
 * and hands out a one-time download token for GET /exports/:token.
 *
 * One process (no REDIS_URL): tickets in memory, files in a private temp directory. Several
 * processes (REDIS_URL): the download may reach another process than the export, so the ticket
 * lives in Redis (TTL, taken once by whichever process deletes it) and the file in
 * DATA_DIR/exports — DATA_DIR is already shared by all processes for uploads. Files rather
 * than bytes in Redis: exports of 10,000 employees reach megabytes and are streamed.
 */
@Injectable()
export class ContributionExportService implements OnModuleDestroy {
  private readonly logger = new Logger(ContributionExportService.name);
  /** Per-process tickets: only without Redis (one process). */
  private readonly tickets = new Map<string, DownloadTicket>();
  private readonly dir: string;

  constructor(
    private readonly db: TenantDataSource,
    private readonly rows: ContributionRowsService,
    private readonly periods: EvaluationPeriodsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    if (redis) {
      this.dir = path.join(config.dataDir, 'exports');
      fs.mkdirSync(this.dir, { recursive: true });
    } else {
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-exports-'));
    }
  }

  onModuleDestroy(): void {
    // The shared directory holds other processes' pending downloads: only a private one goes.
    if (!this.redis) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  async settings(tenant: Tenant): Promise<{ managersMayExport: boolean }> {
    const row = await this.db.scope(tenant).repo(HrExportSettingsEntity).findOneBy({});
    return { managersMayExport: row?.managersMayExport ?? false };
  }

  async updateSettings(
    viewer: Viewer,
    managersMayExport: boolean,
  ): Promise<{ managersMayExport: boolean }> {
    const repo = this.db.scope(viewer).repo(HrExportSettingsEntity);
    const existing = await repo.findOneBy({});
    await repo.save(
      Object.assign(existing ?? repo.create({}), {
        managersMayExport,
        updatedBy: viewer.memberId,
        updatedAt: new Date(),
      }),
    );
    return { managersMayExport };
  }

  private tenantOf(actor: ExportActor): Tenant {
    return actor.kind === 'member' ? actor.viewer : actor.tenant;
  }

  private async audit(
    actor: ExportActor,
    entry: {
      scope: string;
      periodId: string | null;
      filters: Record<string, unknown>;
      format: string;
      outcome: 'granted' | 'denied';
      reason?: string | null;
      rowCount?: number | null;
      sha256?: string | null;
    },
  ): Promise<string> {
    const id = uuidv7();
    await this.db.transaction(this.tenantOf(actor), async (scope) => {
      const repo = scope.repo(ExportAuditEntryEntity);
      await repo.insert(
        repo.create({
          id,
          actorId: actor.kind === 'member' ? actor.viewer.memberId : null,
          actorKind: actor.kind,
          scope: entry.scope,
          periodId: entry.periodId && entry.periodId.length <= 36 ? entry.periodId : null,
          filtersJson: JSON.stringify(entry.filters),
          format: entry.format,
          rowCount: entry.rowCount ?? null,
          sha256: entry.sha256 ?? null,
          outcome: entry.outcome,
          reason: entry.reason?.slice(0, 500) ?? null,
          createdAt: new Date(),
        }),
      );
    });
    return id;
  }

  /**
   * Who may export what. hr and admin: the whole organization; managers, when the
   * organization allows it, their own department and its sub-departments; others: nobody.
   * Denials are audited before the error is thrown.
   */
  private async authorize(
    actor: ExportActor,
    request: ExportRequest,
    filters: Record<string, unknown>,
  ): Promise<{ scope: string; departmentIds: string[] | null }> {
    const tenant = this.tenantOf(actor);
    const deny = async (reason: string, error: Error = new ForbiddenError(reason)) => {
      await this.audit(actor, {
        scope: request.departmentId ? 'department' : 'organization',
        periodId: request.periodId,
        filters,
        format: request.format,
        outcome: 'denied',
        reason,
      });
      throw error;
    };
    const roles = actor.kind === 'member' ? actor.viewer.roles : [];
    const whole = actor.kind === 'cli' || roles.includes('hr') || roles.includes('admin');
    const manager = roles.includes('manager');
    if (!whole && !manager) {
      return deny('Only HR and admins may export contribution data');
    }
    if (!whole && !(await this.settings(tenant)).managersMayExport) {
      return deny('Managers may not export contribution data in this organization');
    }
    let departmentIds: string[] | null = null;
    if (request.departmentId) {
      departmentIds = await this.rows.departmentAndChildren(tenant, request.departmentId);
      if (!departmentIds) {
        return deny('Unknown department', new NotFoundError('Department'));
      }
    }
    if (request.teamId) {
      const team = await this.db.scope(tenant).repo(TeamEntity).findOneBy({ id: request.teamId });
      if (!team) return deny('Unknown team', new NotFoundError('Team'));
    }
    if (whole) {
      return { scope: departmentIds ? 'department' : 'organization', departmentIds };
    }
    // A manager: their own department and its sub-departments only.
    const viewer = (actor as { viewer: Viewer }).viewer;
    const me = await this.db
      .scope(tenant)
      .repo(MemberEntity)
      .findOne({ where: { id: viewer.memberId }, select: { departmentId: true } });
    const own = me?.departmentId
      ? ((await this.rows.departmentAndChildren(tenant, me.departmentId)) ?? [])
      : [];
    if (own.length === 0) return deny('You have no department to export');
    if (!request.departmentId) {
      return deny('Managers export their own departments: choose one of them');
    }
    if (!own.includes(request.departmentId)) {
      return deny('You may export only your own departments');
    }
    return { scope: 'department', departmentIds: departmentIds!.filter((d) => own.includes(d)) };
  }

  /** Renders and audits; the caller serves or saves `file`. */
  async render(
    actor: ExportActor,
    request: ExportRequest,
    options: {
      self?: boolean;
      onRow?: (count: number) => void;
      period?: EvaluationPeriodEntity;
    } = {},
  ): Promise<RenderedExport> {
    const tenant = this.tenantOf(actor);
    const part = request.part ?? 'SCORES';
    const locale = request.locale ?? 'ja';
    const filters: Record<string, unknown> = {
      departmentId: request.departmentId ?? null,
      teamId: request.teamId ?? null,
      includeInactive: Boolean(request.includeInactive),
      part,
      locale,
      ...(options.self ? { self: true } : {}),
    };
    let access: { scope: string; departmentIds: string[] | null };
    if (options.self) {
      if (actor.kind !== 'member') throw new ForbiddenError();
      access = { scope: 'self', departmentIds: null };
    } else {
      access = await this.authorize(actor, request, filters);
    }
    const period = options.period ?? (await this.periods.get(tenant, request.periodId));
    Object.assign(filters, {
      period: { firstDay: period.firstDay, lastDay: period.lastDay, presetKey: period.presetKey },
    });
    const filter: RowFilter = {
      departmentIds: access.departmentIds,
      teamId: request.teamId ?? null,
      includeInactive: Boolean(request.includeInactive),
      memberId: options.self && actor.kind === 'member' ? actor.viewer.memberId : null,
    };
    const source = await this.rows.source(tenant, period, filter);
    const rules = await this.rows.rulesFor(tenant, period);
    const file = path.join(this.dir, `${uuidv7()}.tmp`);
    try {
      const result = await renderExport(file, source, {
        format: request.format,
        part,
        locale,
        rules,
        timestamp: period.lockedAt ?? new Date(Math.floor(Date.now() / 1000) * 1000),
        onRow: options.onRow,
      });
      const auditId = await this.audit(actor, {
        scope: access.scope,
        // A preset the command line exports without creating it has no stored id.
        periodId: period.createdBy || period.status === 'locked' ? period.id : null,
        filters,
        format: request.format,
        outcome: 'granted',
        rowCount: result.rowCount,
        sha256: result.sha256,
      });
      return {
        ...result,
        file,
        fileName: exportFileName(period.name, request.format, part),
        contentType: CONTENT_TYPES[request.format],
        auditId,
      };
    } catch (error) {
      fs.rmSync(file, { force: true });
      throw error;
    }
  }

  /** Renders, audits and returns a one-time download ticket for the viewer. */
  async exportForDownload(
    viewer: Viewer,
    request: ExportRequest,
    self = false,
  ): Promise<RenderedExport & { ticket: DownloadTicket }> {
    const rendered = await this.render({ kind: 'member', viewer }, request, { self });
    this.sweep();
    const ticket: DownloadTicket = {
      token: randomBytes(24).toString('base64url'),
      memberId: viewer.memberId,
      organizationId: viewer.organizationId,
      file: rendered.file,
      fileName: rendered.fileName,
      contentType: rendered.contentType,
      byteSize: rendered.byteSize,
      expiresAt: new Date(Date.now() + TICKET_TTL_MS),
    };
    if (this.redis) {
      await this.redis.set(ticketKey(ticket.token), JSON.stringify(ticket), 'PX', TICKET_TTL_MS);
    } else {
      this.tickets.set(ticket.token, ticket);
    }
    return { ...rendered, ticket };
  }

  /** Takes the ticket (one use) when it belongs to the viewer and has not expired. */
  async claim(token: string, viewer: Viewer): Promise<DownloadTicket | null> {
    if (this.redis) return this.claimShared(token, viewer);
    const ticket = this.tickets.get(token);
    if (!ticket) return null;
    if (ticket.memberId !== viewer.memberId || ticket.organizationId !== viewer.organizationId) {
      return null;
    }
    this.tickets.delete(token);
    if (ticket.expiresAt.getTime() < Date.now()) {
      fs.rmSync(ticket.file, { force: true });
      return null;
    }
    return ticket;
  }

  /** The Redis ticket: expired ones are gone (TTL); the process whose DEL succeeds takes it. */
  private async claimShared(token: string, viewer: Viewer): Promise<DownloadTicket | null> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
    const raw = await this.redis!.get(ticketKey(token));
    if (!raw) return null;
    const stored = JSON.parse(raw) as Omit<DownloadTicket, 'expiresAt'> & { expiresAt: string };
    if (stored.memberId !== viewer.memberId || stored.organizationId !== viewer.organizationId) {
      return null;
    }
    if ((await this.redis!.del(ticketKey(token))) !== 1) return null;
    const ticket = { ...stored, expiresAt: new Date(stored.expiresAt) };
    return fs.existsSync(ticket.file) ? ticket : null;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, ticket] of this.tickets) {
      if (ticket.expiresAt.getTime() < now) {
        this.tickets.delete(token);
        fs.rmSync(ticket.file, { force: true });
      }
    }
    if (this.redis) {
      // Shared directory: files whose ticket has expired unclaimed (by any process).
      try {
        for (const name of fs.readdirSync(this.dir)) {
          const file = path.join(this.dir, name);
          const stat = fs.statSync(file, { throwIfNoEntry: false });
          if (stat && stat.mtimeMs < now - TICKET_TTL_MS - 60_000) fs.rmSync(file, { force: true });
        }
      } catch (error) {
        this.logger.warn(`Sweeping ${this.dir}: ${String(error)}`);
      }
    }
  }

  async auditLog(tenant: Tenant, first: number, after?: string | null) {
    assertPageSize(first);
    const qb = this.db.scope(tenant).repo(ExportAuditEntryEntity).query('a');
    if (after) {
      const [id] = decodeCursor(after, 1);
      qb.andWhere('a.id < :id', { id });
    }
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const actorIds = [...new Set(page.map((r) => r.actorId).filter((x): x is string => !!x))];
    const actors = actorIds.length
      ? await this.db
          .scope(tenant)
          .repo(MemberEntity)
          .find({ where: { id: In(actorIds) }, select: { id: true, displayName: true } })
      : [];
    const names = new Map(actors.map((a) => [a.id, a.displayName]));
    const periodIds = [...new Set(page.map((r) => r.periodId).filter((x): x is string => !!x))];
    const periods = periodIds.length
      ? await this.db
          .scope(tenant)
          .repo(EvaluationPeriodEntity)
          .find({ where: { id: In(periodIds) }, select: { id: true, name: true } })
      : [];
    const periodNames = new Map(periods.map((p) => [p.id, p.name]));
    return {
      edges: page.map((r) => ({
        cursor: encodeCursor([r.id]),
        node: {
          ...r,
          actorName: r.actorId ? (names.get(r.actorId) ?? null) : r.actorKind,
          periodName: r.periodId ? (periodNames.get(r.periodId) ?? null) : null,
        },
      })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeCursor([page[page.length - 1].id]) : null,
      },
    };
  }
}
