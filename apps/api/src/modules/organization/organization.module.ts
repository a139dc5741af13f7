import { Module } from '@nestjs/common';
import { DepartmentsResolver } from './resolvers/departments.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { TeamsResolver } from './resolvers/teams.resolver';
import { OrganizationService } from './services/organization.service';
import { StructureService } from './services/structure.service';

/** The tenant itself, its settings, departments and teams. */
@Module({
  providers: [
    OrganizationResolver,
    DepartmentsResolver,
    TeamsResolver,
    OrganizationService,
    StructureService,
  ],
  exports: [OrganizationService],
})
export class OrganizationModule {}
