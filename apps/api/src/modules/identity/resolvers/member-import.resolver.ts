import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { MemberImportResult } from '../dto/member.model';
import { MemberImportService } from '../services/member-import.service';

@Resolver()
export class MemberImportResolver {
  constructor(private readonly importer: MemberImportService) {}

  @RequireRoles('admin')
  @Mutation(() => MemberImportResult, {
    description:
      'Imports members from a CSV file (base64-encoded bytes; UTF-8 with or without BOM, or Shift_JIS/CP932). All rows are validated first; nothing is written unless every row is valid and dryRun is false.',
  })
  importMembers(
    @CurrentViewer() viewer: Viewer,
    @Args('fileBase64') fileBase64: string,
    @Args('dryRun', { defaultValue: false }) dryRun: boolean,
  ): Promise<MemberImportResult> {
    return this.importer.import(viewer, fileBase64, dryRun);
  }
}
