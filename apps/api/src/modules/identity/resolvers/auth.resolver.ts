import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../../../common/auth/access.decorators';
import { CurrentViewer, GqlCtx } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import type { GraphQLContext } from '../../../common/graphql/graphql-context';
import { MemberModel } from '../dto/member.model';
import { toMemberModel } from '../mappers/member.mapper';
import { AuthService } from '../services/auth.service';
import { MembersService } from '../services/members.service';
import { SESSION_COOKIE, SessionService } from '../services/session.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly members: MembersService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Query(() => MemberModel, { nullable: true, description: 'The signed-in member, or null.' })
  async me(@GqlCtx() ctx: GraphQLContext): Promise<MemberModel | null> {
    if (!ctx.viewer) return null;
    return toMemberModel(await this.members.get(ctx.viewer, ctx.viewer.memberId));
  }

  @Public()
  @Mutation(() => MemberModel)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MemberModel> {
    const { member, token } = await this.auth.login(email, password, {
      ip: ctx.req.ip,
      userAgent: ctx.req.headers['user-agent'],
    });
    if (ctx.viewer) await this.auth.logout(ctx.viewer);
    ctx.reply.setCookie(SESSION_COOKIE, token, this.sessions.cookieOptions());
    // Field resolvers of this response run for the new member.
    ctx.setViewer(await this.sessions.resolve(token));
    return toMemberModel(member);
  }

  @Public()
  @Mutation(() => Boolean)
  async logout(@GqlCtx() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.logout(ctx.viewer);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    await this.auth.changePassword(viewer, currentPassword, newPassword);
    return true;
  }
}
