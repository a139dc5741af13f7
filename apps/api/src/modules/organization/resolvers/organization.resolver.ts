import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { UpdateOrganizationInput } from '../dto/organization.inputs';
import { OrganizationModel } from '../dto/organization.model';
import { toOrganizationModel } from '../mappers/organization.mapper';
import { OrganizationService } from '../services/organization.service';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Authenticated()
  @Query(() => OrganizationModel)
  async organization(@CurrentViewer() viewer: Viewer): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.get(viewer));
  }

  @RequireRoles('admin')
  @Mutation(() => OrganizationModel)
  async updateOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.update(viewer, input));
  }
}
