import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import {
  AdoptionAnalyticsInput,
  AdoptionAnalyticsModel,
  AdoptionChartEnum,
  AdoptionCsvModel,
} from '../dto/adoption-analytics.model';
import { AdoptionAnalyticsService } from '../services/adoption-analytics.service';

@Resolver()
export class AdoptionAnalyticsResolver {
  constructor(private readonly analytics: AdoptionAnalyticsService) {}

  @RequireRoles('hr', 'admin', 'manager')
  @Query(() => AdoptionAnalyticsModel, {
    description:
      'Adoption dashboard (利用状況). HR and admins: the organization or a department; managers: their own departments only.',
  })
  async adoptionAnalytics(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AdoptionAnalyticsInput,
  ): Promise<AdoptionAnalyticsModel> {
    const { departmentIds, analytics } = await this.analytics.analytics(viewer, input);
    return { ...analytics, departmentIds };
  }

  @RequireRoles('hr', 'admin', 'manager')
  @Query(() => AdoptionCsvModel, {
    description: 'One chart’s data as CSV (UTF-8 with BOM, CRLF, formula-inert cells).',
  })
  adoptionAnalyticsCsv(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AdoptionAnalyticsInput,
    @Args('chart', { type: () => AdoptionChartEnum }) chart: AdoptionChartEnum,
  ): Promise<AdoptionCsvModel> {
    return this.analytics.csv(viewer, input, chart);
  }
}
