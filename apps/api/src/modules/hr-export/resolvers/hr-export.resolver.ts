import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  isLocale,
  parseExportFormat,
  POINT_CATEGORIES,
  POINT_CATEGORY_LABELS,
  ROLE_LABELS,
  type ContributionRow,
  type ExportFormat,
  type Locale,
} from '@chienowa/domain';
import { Authenticated, RequireRoles } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import {
  ContributionExportModel,
  ContributionRowModel,
  CreateEvaluationPeriodInput,
  EvaluationPeriodListModel,
  EvaluationPeriodModel,
  ExportAuditLogConnection,
  ExportContributionsInput,
  HrExportSettingsModel,
  MyContributionReportModel,
} from '../dto/hr-export.model';
import type { EvaluationPeriodEntity } from '../entities/evaluation-period.entity';
import {
  ContributionExportService,
  type ExportRequest,
} from '../services/contribution-export.service';
import { ContributionRowsService } from '../services/contribution-rows.service';
import { EvaluationPeriodsService } from '../services/evaluation-periods.service';

const periodModel = (p: EvaluationPeriodEntity): EvaluationPeriodModel => ({
  id: p.id,
  name: p.name,
  firstDay: p.firstDay,
  lastDay: p.lastDay,
  kind: p.kind,
  presetKey: p.presetKey,
  status: p.status,
  lockedAt: p.lockedAt,
  createdAt: p.createdAt,
});

export const rowModel = (row: ContributionRow, locale: Locale): ContributionRowModel => ({
  memberId: row.memberId,
  employeeNumber: row.employeeNumber,
  name: row.name,
  reading: row.reading,
  department: row.department,
  teams: row.teams,
  roles: row.roles.map((r) => ROLE_LABELS[r][locale]),
  active: row.active,
  totalPoints: row.totalPoints,
  categoryPoints: POINT_CATEGORIES.map((c) => ({
    category: c,
    label: POINT_CATEGORY_LABELS[c][locale],
    points: row.categoryPoints[c],
  })),
  ...row.activity,
  hoursSaved: row.hoursSaved,
  badgesEarned: row.badgesEarned,
  departmentRank: row.departmentRank,
  departmentPercentile: row.departmentPercentile,
  companyRank: row.companyRank,
  companyPercentile: row.companyPercentile,
  score: row.score,
  evidence: row.evidence,
});

const exportFormat = (value: string): ExportFormat => {
  const parsed = parseExportFormat(value);
  if (!parsed.ok) throw new BadUserInputError(parsed.errors);
  return parsed.value;
};

const exportLocale = (value: string | null | undefined): Locale | null => {
  if (value === null || value === undefined || value === '') return null;
  if (!isLocale(value)) {
    throw BadUserInputError.field('locale', 'export.unknownLocale', 'Use the locale ja or en.');
  }
  return value;
};

@Resolver()
export class HrExportResolver {
  constructor(
    private readonly periods: EvaluationPeriodsService,
    private readonly exports: ContributionExportService,
    private readonly rows: ContributionRowsService,
  ) {}

  @Authenticated()
  @Query(() => EvaluationPeriodListModel, {
    description:
      'Evaluation periods (評価期間), newest first, and the presets HR may still create.',
  })
  async evaluationPeriods(@CurrentViewer() viewer: Viewer): Promise<EvaluationPeriodListModel> {
    const hr = viewer.roles.includes('hr') || viewer.roles.includes('admin');
    const periods = await this.periods.list(viewer);
    const presets = hr ? await this.periods.availablePresets(viewer) : [];
    return {
      periods: periods.map(periodModel),
      availablePresets: presets.map((p) => ({
        key: p.key,
        name: p.label[viewer.locale],
        firstDay: p.firstDay,
        lastDay: p.lastDay,
      })),
    };
  }

  @RequireRoles('hr', 'admin')
  @Mutation(() => EvaluationPeriodModel, {
    description: 'Creates a period from a preset key (FY2026-H1) or a name and first/last day.',
  })
  async createEvaluationPeriod(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateEvaluationPeriodInput,
  ): Promise<EvaluationPeriodModel> {
    return periodModel(await this.periods.create(viewer, viewer.memberId, input));
  }

  @RequireRoles('hr', 'admin')
  @Mutation(() => EvaluationPeriodModel, {
    description:
      'Locks a period: its export is computed now and stored, and reproduced byte for byte later.',
  })
  async lockEvaluationPeriod(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EvaluationPeriodModel> {
    return periodModel(await this.periods.lock(viewer, viewer.memberId, id));
  }

  @RequireRoles('hr', 'admin')
  @Query(() => HrExportSettingsModel)
  hrExportSettings(@CurrentViewer() viewer: Viewer): Promise<HrExportSettingsModel> {
    return this.exports.settings(viewer);
  }

  @RequireRoles('hr', 'admin')
  @Mutation(() => HrExportSettingsModel, {
    description: 'Whether managers may export their own departments (default: no).',
  })
  updateHrExportSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('managersMayExport') managersMayExport: boolean,
  ): Promise<HrExportSettingsModel> {
    return this.exports.updateSettings(viewer, managersMayExport);
  }

  // Authorization is the service's (it audits denied attempts, which a guard could not).
  @Authenticated()
  @Mutation(() => ContributionExportModel, {
    description:
      'Exports contribution rows (HR/admin: the organization; managers, when allowed: their departments). Audited; returns a one-time download token.',
  })
  async exportContributions(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ExportContributionsInput,
  ): Promise<ContributionExportModel> {
    const request: ExportRequest = {
      ...input,
      format: exportFormat(input.format),
      locale: exportLocale(input.locale),
    };
    return this.download(await this.exports.exportForDownload(viewer, request));
  }

  @Authenticated()
  @Mutation(() => ContributionExportModel, {
    description: 'Downloads the viewer’s own contribution row (audited as a self-export).',
  })
  async exportMyContributionReport(
    @CurrentViewer() viewer: Viewer,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('format', {
      type: () => String,
      defaultValue: 'CSV',
      description: 'CSV, CSV_SJIS or XLSX.',
    })
    format: string,
  ): Promise<ContributionExportModel> {
    return this.download(
      await this.exports.exportForDownload(
        viewer,
        { periodId, format: exportFormat(format), locale: viewer.locale },
        true,
      ),
    );
  }

  private download(
    rendered: Awaited<ReturnType<ContributionExportService['exportForDownload']>>,
  ): ContributionExportModel {
    return {
      token: rendered.ticket.token,
      downloadUrl: `/exports/${rendered.ticket.token}`,
      fileName: rendered.fileName,
      contentType: rendered.contentType,
      byteSize: rendered.byteSize,
      sha256: rendered.sha256,
      rowCount: rendered.rowCount,
      expiresAt: rendered.ticket.expiresAt,
      unrepresentable: rendered.unrepresentable,
      unrepresentableCount: rendered.unrepresentableCount,
    };
  }

  @Authenticated()
  @Query(() => MyContributionReportModel, {
    description: 'The viewer’s own row and evidence, exactly as HR would export it.',
  })
  async myContributionReport(
    @CurrentViewer() viewer: Viewer,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<MyContributionReportModel> {
    const period = await this.periods.get(viewer, periodId);
    const source = await this.rows.source(viewer, period, {
      memberId: viewer.memberId,
      includeInactive: true,
    });
    const [row] = await ContributionRowsService.collect(source);
    return { period: periodModel(period), row: row ? rowModel(row, viewer.locale) : null };
  }

  @RequireRoles('hr', 'admin')
  @Query(() => ExportAuditLogConnection, {
    description: 'Every export and denied attempt, newest first.',
  })
  exportAuditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ExportAuditLogConnection> {
    return this.exports.auditLog(viewer, first, after);
  }
}
