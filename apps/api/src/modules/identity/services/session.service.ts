import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import type { Locale, Role } from '@chienowa/domain';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { withWriteLock } from '../../../database/write-lock';
import type { Viewer } from '../../../common/auth/viewer';
import { ViewerCache } from '../../../common/auth/viewer-cache';
import type { LiveEmitter } from '../../../common/redis/redis.module';
import { LIVE_EMITTER } from '../../../common/redis/redis.tokens';
import { MemberEntity } from '../entities/member.entity';
import { MemberRoleEntity } from '../entities/member-role.entity';
import { SessionEntity } from '../entities/session.entity';

export const SESSION_COOKIE = 'chienowa_session';
/** Refresh lastSeen/expiry at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;
/** How long a resolved session is reused without reading it again (see ViewerCache). */
const VIEWER_CACHE_TTL_MS = 5_000;
/** Redis pub/sub channel telling the other API processes to forget cached viewers. */
const FORGET_TOPIC = 'sessions:forget';

type ForgetMessage = { topic: string; tokenHash?: string; memberId?: string; all?: boolean };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions: the cookie carries 32 random bytes, the table only their hash, so a
 * leaked database cannot be replayed as cookies. Sliding expiry; deactivation ends sessions.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);
  private readonly viewers = new ViewerCache(VIEWER_CACHE_TTL_MS);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LIVE_EMITTER) private readonly emitter: LiveEmitter | undefined,
  ) {
    // Several processes (REDIS_URL): each forgets what another process invalidated.
    this.emitter?.on(FORGET_TOPIC, (message, done) => {
      this.forgetLocally(message as ForgetMessage);
      done();
    });
  }

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3600 * 1000;
  }

  async create(member: MemberEntity, userAgent: string | undefined): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const sessions = this.dataSource.getRepository(SessionEntity);
    await this.write(async () => {
      await sessions.insert({
        tokenHash: hashToken(token),
        memberId: member.id,
        organizationId: member.organizationId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.ttlMs),
        userAgent: userAgent ? userAgent.slice(0, 255) : null,
      });
      // Opportunistic clean-up of expired sessions (indexed by expires_at).
      await sessions.delete({ expiresAt: LessThan(now) });
    });
    return token;
  }

  /** Resolves a cookie token to the viewer, or null when absent, expired or deactivated. */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const now = Date.now();
    const cached = this.viewers.get(tokenHash, now);
    if (cached) return cached;
    const generation = this.viewers.generation;
    const sessions = this.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOneBy({ tokenHash });
    if (!session) return null;
    if (session.expiresAt.getTime() <= now) {
      await this.write(() => sessions.delete({ tokenHash }));
      return null;
    }
    const member = await this.dataSource.getRepository(MemberEntity).findOne({
      where: { id: session.memberId },
      select: { id: true, organizationId: true, active: true, locale: true },
    });
    if (!member || !member.active || member.organizationId !== session.organizationId) {
      await this.write(() => sessions.delete({ tokenHash }));
      return null;
    }
    const roles = await this.dataSource.getRepository(MemberRoleEntity).find({
      where: { memberId: member.id, organizationId: member.organizationId },
      select: { role: true },
    });
    let lastSeen = session.lastSeenAt.getTime();
    let expires = session.expiresAt.getTime();
    if (now - lastSeen > TOUCH_INTERVAL_MS) {
      lastSeen = now;
      expires = now + this.ttlMs;
      await this.write(() =>
        sessions.update({ tokenHash }, { lastSeenAt: new Date(now), expiresAt: new Date(expires) }),
      );
    }
    const viewer: Viewer = {
      memberId: member.id,
      organizationId: member.organizationId,
      roles: roles.map((r) => r.role as Role),
      locale: member.locale as Locale,
      sessionTokenHash: tokenHash,
    };
    // Reused until expiry or the next sliding refresh is due, whichever comes first.
    this.viewers.set(viewer, now, Math.min(expires, lastSeen + TOUCH_INTERVAL_MS), generation);
    return viewer;
  }

  async destroy(tokenHash: string): Promise<void> {
    this.forgetLocally({ tokenHash });
    await this.write(() => this.dataSource.getRepository(SessionEntity).delete({ tokenHash }));
    this.forget({ tokenHash });
  }

  /**
   * Call after a member's roles, locale or active flag change (sessions resolve to a cached
   * viewer for a few seconds); `undefined` forgets every member (bulk changes).
   */
  forgetMember(memberId: string | undefined): void {
    this.forget(memberId === undefined ? { all: true } : { memberId });
  }

  /** Ends every session of a member, optionally keeping the current one. */
  async destroyAllFor(memberId: string, exceptTokenHash?: string): Promise<void> {
    const qb = this.dataSource
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('member_id = :memberId', { memberId });
    if (exceptTokenHash) qb.andWhere('token_hash <> :except', { except: exceptTokenHash });
    this.forgetLocally({ memberId });
    await this.write(() => qb.execute());
    this.forget({ memberId });
  }

  /** Forgets cached viewers here and, with Redis, in the other processes. */
  private forget(what: Omit<ForgetMessage, 'topic'>): void {
    this.forgetLocally(what);
    this.emitter?.emit({ topic: FORGET_TOPIC, ...what }, (error) => {
      if (error) this.logger.warn(`Session forget broadcast failed: ${error.message}`);
    });
  }

  private forgetLocally(what: Omit<ForgetMessage, 'topic'>): void {
    if (what.all) this.viewers.clear();
    if (what.tokenHash) this.viewers.forgetSession(what.tokenHash);
    if (what.memberId) this.viewers.forgetMember(what.memberId);
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return withWriteLock(this.dataSource, work);
  }

  cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: Math.floor(this.ttlMs / 1000),
    };
  }
}
