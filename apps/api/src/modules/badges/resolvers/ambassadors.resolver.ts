import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { toMemberModel } from '../../identity/mappers/member.mapper';
import { AmbassadorGroupModel } from '../dto/ambassador.model';
import { AmbassadorsService } from '../services/ambassadors.service';

@Resolver()
export class AmbassadorsResolver {
  constructor(private readonly service: AmbassadorsService) {}

  @Authenticated()
  @Query(() => [AmbassadorGroupModel], {
    description: 'Ambassadors per department with their specialities (「この人に聞こう」).',
  })
  async ambassadors(
    @CurrentViewer() viewer: Viewer,
    @Args('departmentId', { type: () => ID, nullable: true }) departmentId: string | null,
  ): Promise<AmbassadorGroupModel[]> {
    const groups = await this.service.directory(viewer, departmentId ?? null);
    return groups.map((g) => ({
      departmentId: g.department?.id ?? null,
      departmentName: g.department?.name ?? null,
      ambassadors: g.ambassadors.map((a) => ({
        member: toMemberModel(a.member),
        specialities: a.specialities,
      })),
    }));
  }

  @Authenticated()
  @Query(() => [String], { description: 'My specialities (tags shown in the directory).' })
  mySpecialities(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.service.specialities(viewer, viewer.memberId);
  }

  @Authenticated()
  @Mutation(() => [String], {
    description: 'Replaces my specialities: at most 10 tags of 30 characters.',
  })
  updateMySpecialities(
    @CurrentViewer() viewer: Viewer,
    @Args('tags', { type: () => [String] }) tags: string[],
  ): Promise<string[]> {
    return this.service.update(viewer, viewer.memberId, tags);
  }

  @RequireRoles('admin')
  @Mutation(() => [String], { description: 'Replaces a member’s specialities (admin).' })
  updateMemberSpecialities(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('tags', { type: () => [String] }) tags: string[],
  ): Promise<string[]> {
    return this.service.update(viewer, memberId, tags);
  }
}
