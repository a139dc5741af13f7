import { Module } from '@nestjs/common';
import { AuthResolver } from './resolvers/auth.resolver';
import { MemberImportResolver } from './resolvers/member-import.resolver';
import { MembersResolver } from './resolvers/members.resolver';
import { AuthService } from './services/auth.service';
import { LoginRateLimiter } from './services/login-rate-limiter.service';
import { MemberImportService } from './services/member-import.service';
import { MembersService } from './services/members.service';
import { PasswordHasher } from './services/password-hasher.service';
import { SessionService } from './services/session.service';

/** Members, sign-in, sessions and member import. */
@Module({
  providers: [
    AuthResolver,
    MembersResolver,
    MemberImportResolver,
    AuthService,
    MembersService,
    MemberImportService,
    PasswordHasher,
    SessionService,
    LoginRateLimiter,
  ],
  exports: [SessionService, PasswordHasher, MembersService],
})
export class IdentityModule {}
