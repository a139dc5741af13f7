import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeEmail, validateNewPassword } from '@chienowa/domain';
import { BadUserInputError, UnauthenticatedError } from '../../../common/graphql/app-errors';
import type { Viewer } from '../../../common/auth/viewer';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { MemberEntity } from '../entities/member.entity';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { PasswordHasher } from './password-hasher.service';
import { SessionService } from './session.service';

const INVALID_CREDENTIALS = 'The email address or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  /**
   * Checks the credentials and opens a session. Unknown email, wrong password and a
   * deactivated member all give the same error after the same amount of work.
   */
  async login(
    rawEmail: string,
    password: string,
    client: { ip: string; userAgent?: string },
  ): Promise<{ member: MemberEntity; token: string }> {
    const email = normalizeEmail(rawEmail ?? '').slice(0, 254);
    await this.rateLimiter.assertAllowed(email, client.ip);
    // Sign-in is by email across the installation; the member's organization comes with it.
    const member = email
      ? await this.dataSource.getRepository(MemberEntity).findOneBy({ email })
      : null;
    const passwordOk = await this.hasher.verify(
      member?.passwordHash ?? null,
      (password ?? '').slice(0, 1024),
    );
    if (!member || !passwordOk || !member.active) {
      await this.rateLimiter.recordFailure(email, client.ip);
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    await this.rateLimiter.recordSuccess(email, client.ip);
    const token = await this.sessions.create(member, client.userAgent);
    member.lastLoginAt = new Date();
    await this.db
      .scope(member)
      .repo(MemberEntity)
      .update({ id: member.id }, { lastLoginAt: member.lastLoginAt });
    return { member, token };
  }

  async logout(viewer: Viewer | null): Promise<void> {
    if (viewer) await this.sessions.destroy(viewer.sessionTokenHash);
  }

  /** Verifies the current password, stores the new hash and ends the member's other sessions. */
  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const members = this.db.scope(viewer).repo(MemberEntity);
    const member = await members.findOneBy({ id: viewer.memberId });
    if (!member) throw new UnauthenticatedError();
    if (!(await this.hasher.verify(member.passwordHash, currentPassword))) {
      throw BadUserInputError.field(
        'currentPassword',
        'currentPassword.incorrect',
        'The current password is incorrect',
      );
    }
    const errors = validateNewPassword(newPassword, {
      email: member.email,
      displayName: member.displayName,
    }).map((e) => ({ ...e, field: 'newPassword' }));
    if (errors.length) throw new BadUserInputError(errors);
    const now = new Date();
    await members.update(
      { id: member.id },
      { passwordHash: await this.hasher.hash(newPassword), passwordChangedAt: now, updatedAt: now },
    );
    await this.sessions.destroyAllFor(member.id, viewer.sessionTokenHash);
  }
}
