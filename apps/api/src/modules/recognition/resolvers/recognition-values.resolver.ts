import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { RecognitionSettingsModel, RecognitionValueModel } from '../dto/recognition.model';
import type { RecognitionValueEntity } from '../entities/recognition-value.entity';
import { RecognitionValuesService } from '../services/recognition-values.service';

export const toValueModel = (v: RecognitionValueEntity): RecognitionValueModel => ({
  id: v.id,
  label: v.label,
  labelEn: v.labelEn,
  position: v.position,
  archived: v.archivedAt !== null,
});

@Resolver(() => RecognitionValueModel)
export class RecognitionValuesResolver {
  constructor(
    private readonly values: RecognitionValuesService,
    private readonly db: TenantDataSource,
  ) {}

  @Authenticated()
  @Query(() => [RecognitionValueModel], {
    description:
      'The organization’s values (価値観) in display order; defaults are created on first read.',
  })
  async recognitionValues(
    @CurrentViewer() viewer: Viewer,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<RecognitionValueModel[]> {
    return (await this.values.list(viewer, includeArchived)).map(toValueModel);
  }

  @RequireRoles('admin')
  @Mutation(() => RecognitionValueModel)
  async createRecognitionValue(
    @CurrentViewer() viewer: Viewer,
    @Args('label') label: string,
    @Args('labelEn', { type: () => String, nullable: true }) labelEn: string | null,
  ): Promise<RecognitionValueModel> {
    return toValueModel(await this.values.create(viewer, { label, labelEn }));
  }

  @RequireRoles('admin')
  @Mutation(() => RecognitionValueModel)
  async renameRecognitionValue(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('label') label: string,
    @Args('labelEn', { type: () => String, nullable: true }) labelEn: string | null,
  ): Promise<RecognitionValueModel> {
    return toValueModel(await this.values.rename(viewer, id, { label, labelEn }));
  }

  @RequireRoles('admin')
  @Mutation(() => RecognitionValueModel, {
    description: 'Archived values are no longer offered; at least one stays active.',
  })
  async setRecognitionValueArchived(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('archived') archived: boolean,
  ): Promise<RecognitionValueModel> {
    return toValueModel(await this.values.setArchived(viewer, id, archived));
  }

  @RequireRoles('admin')
  @Mutation(() => [RecognitionValueModel], {
    description: 'Sets the display order; lists every active value once.',
  })
  async reorderRecognitionValues(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<RecognitionValueModel[]> {
    return (await this.values.reorder(viewer, ids)).map(toValueModel);
  }

  @Authenticated()
  @Query(() => RecognitionSettingsModel)
  recognitionSettings(@CurrentViewer() viewer: Viewer): Promise<RecognitionSettingsModel> {
    return this.values.settings(this.db.scope(viewer));
  }

  @RequireRoles('admin')
  @Mutation(() => RecognitionSettingsModel)
  updateRecognitionSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('monthlyKudosBudget', { type: () => Int }) monthlyKudosBudget: number,
  ): Promise<RecognitionSettingsModel> {
    return this.values.updateSettings(viewer, { monthlyKudosBudget });
  }
}
