import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import type { Locale, Role } from '@chienowa/domain';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { withWriteLock } from '../../../database/write-lock';
import type { Viewer } from '../../../common/auth/viewer';
import { MemberEntity } from '../entities/member.entity';
import { MemberRoleEntity } from '../entities/member-role.entity';
import { SessionEntity } from '../entities/session.entity';

export const SESSION_COOKIE = 'chienowa_session';
/** Refresh lastSeen/expiry at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions: the cookie carries 32 random bytes, the table only their hash, so a
 * leaked database cannot be replayed as cookies. Sliding expiry; deactivation ends sessions.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    const sessions = this.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOneBy({ tokenHash });
    const now = Date.now();
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
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.write(() =>
        sessions.update(
          { tokenHash },
          { lastSeenAt: new Date(now), expiresAt: new Date(now + this.ttlMs) },
        ),
      );
    }
    return {
      memberId: member.id,
      organizationId: member.organizationId,
      roles: roles.map((r) => r.role as Role),
      locale: member.locale as Locale,
      sessionTokenHash: tokenHash,
    };
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.write(() => this.dataSource.getRepository(SessionEntity).delete({ tokenHash }));
  }

  /** Ends every session of a member, optionally keeping the current one. */
  async destroyAllFor(memberId: string, exceptTokenHash?: string): Promise<void> {
    const qb = this.dataSource
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('member_id = :memberId', { memberId });
    if (exceptTokenHash) qb.andWhere('token_hash <> :except', { except: exceptTokenHash });
    await this.write(() => qb.execute());
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
