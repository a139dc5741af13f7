import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum ExportPartEnum {
  SCORES = 'SCORES',
  EVIDENCE = 'EVIDENCE',
}
registerEnumType(ExportPartEnum, {
  name: 'ExportPart',
  description: 'Which table a CSV holds (an XLSX always holds both, as sheets).',
});

@ObjectType('EvaluationPeriod')
export class EvaluationPeriodModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'First local day, inclusive (YYYY-MM-DD).' })
  firstDay: string;

  @Field({ description: 'Last local day, inclusive (YYYY-MM-DD).' })
  lastDay: string;

  @Field({ description: 'preset | custom' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'FY2026-H1 … for presets.' })
  presetKey: string | null;

  @Field({ description: 'open | locked' })
  status: string;

  @Field(() => Date, { nullable: true })
  lockedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('EvaluationPeriodPreset')
export class EvaluationPeriodPresetModel {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field()
  firstDay: string;

  @Field()
  lastDay: string;
}

@ObjectType('EvaluationPeriodList')
export class EvaluationPeriodListModel {
  @Field(() => [EvaluationPeriodModel])
  periods: EvaluationPeriodModel[];

  @Field(() => [EvaluationPeriodPresetModel], {
    description:
      'Presets of the current and previous fiscal year not created yet (HR and admins only; empty for others).',
  })
  availablePresets: EvaluationPeriodPresetModel[];
}

@InputType()
export class CreateEvaluationPeriodInput {
  @Field(() => String, {
    nullable: true,
    description: 'FY2026-H1, 2026-Q3 …; or give name and days.',
  })
  presetKey?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  firstDay?: string | null;

  @Field(() => String, { nullable: true })
  lastDay?: string | null;
}

@InputType()
export class ExportContributionsInput {
  @Field(() => ID)
  periodId: string;

  @Field(() => String, { description: 'CSV, CSV_SJIS or XLSX (case-insensitive).' })
  format: string;

  @Field(() => ID, { nullable: true, description: 'The department and its sub-departments.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeInactive?: boolean | null;

  @Field(() => ExportPartEnum, { nullable: true, defaultValue: ExportPartEnum.SCORES })
  part?: ExportPartEnum | null;

  @Field(() => String, { nullable: true, description: 'Header language: ja (default) or en.' })
  locale?: string | null;
}

@ObjectType('UnrepresentableCharacter')
export class UnrepresentableCharacterModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  row: number;

  @Field({ description: 'Column header.' })
  column: string;

  @Field({ description: 'The character, written as ? in the file.' })
  char: string;
}

@ObjectType('ContributionExport')
export class ContributionExportModel {
  @Field({ description: 'One-time token for GET /exports/:token (10 minutes, same session).' })
  token: string;

  @Field()
  downloadUrl: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  byteSize: number;

  @Field()
  sha256: string;

  @Field(() => Int)
  rowCount: number;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => [UnrepresentableCharacterModel], {
    description: 'CSV_SJIS only: characters CP932 cannot hold (first 1,000).',
  })
  unrepresentable: UnrepresentableCharacterModel[];

  @Field(() => Int)
  unrepresentableCount: number;
}

@ObjectType('HrExportSettings')
export class HrExportSettingsModel {
  @Field({ description: 'Managers may export their own departments.' })
  managersMayExport: boolean;
}

@ObjectType('ExportAuditEntry')
export class ExportAuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The member’s name, or "cli".' })
  actorName: string | null;

  @Field({ description: 'member | cli' })
  actorKind: string;

  @Field({ description: 'organization | department | self' })
  scope: string;

  @Field(() => String, { nullable: true })
  periodId: string | null;

  @Field(() => String, { nullable: true })
  periodName: string | null;

  @Field({ description: 'JSON of the filters.' })
  filtersJson: string;

  @Field()
  format: string;

  @Field(() => Int, { nullable: true })
  rowCount: number | null;

  @Field(() => String, { nullable: true })
  sha256: string | null;

  @Field({ description: 'granted | denied' })
  outcome: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class ExportAuditEntryEdge {
  @Field()
  cursor: string;

  @Field(() => ExportAuditEntryModel)
  node: ExportAuditEntryModel;
}

@ObjectType()
export class ExportAuditLogConnection {
  @Field(() => [ExportAuditEntryEdge])
  edges: ExportAuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('ContributionCategoryPoints')
export class ContributionCategoryPointsModel {
  @Field()
  category: string;

  @Field()
  label: string;

  @Field(() => Int)
  points: number;
}

@ObjectType('ContributionEvidence')
export class ContributionEvidenceModel {
  @Field()
  sourceType: string;

  @Field()
  sourceId: string;

  @Field()
  title: string;

  @Field({ description: 'Path in the web app, e.g. /knowledge/<id>; empty when none.' })
  link: string;

  @Field(() => Int)
  points: number;
}

@ObjectType('ContributionRow')
export class ContributionRowModel {
  @Field(() => ID)
  memberId: string;

  @Field(() => String, { nullable: true })
  employeeNumber: string | null;

  @Field()
  name: string;

  @Field()
  reading: string;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => [String])
  teams: string[];

  @Field(() => [String])
  roles: string[];

  @Field()
  active: boolean;

  @Field(() => Int)
  totalPoints: number;

  @Field(() => [ContributionCategoryPointsModel])
  categoryPoints: ContributionCategoryPointsModel[];

  @Field(() => Int)
  postsPublished: number;

  @Field(() => Int)
  viewsReceived: number;

  @Field(() => Int)
  reusesReceived: number;

  @Field(() => Int)
  storiesApproved: number;

  @Field(() => Int)
  kudosGiven: number;

  @Field(() => Int)
  kudosReceived: number;

  @Field(() => Float, { description: 'Hours saved per month by stories approved in the period.' })
  hoursSaved: number;

  @Field(() => Int)
  badgesEarned: number;

  @Field(() => Int, { nullable: true })
  departmentRank: number | null;

  @Field(() => Float, { nullable: true })
  departmentPercentile: number | null;

  @Field(() => Int)
  companyRank: number;

  @Field(() => Float)
  companyPercentile: number;

  @Field(() => Float, {
    description: '0–100: 100 · ln(1 + points) / ln(1 + highest total in the company).',
  })
  score: number;

  @Field(() => [ContributionEvidenceModel])
  evidence: ContributionEvidenceModel[];
}

@ObjectType('MyContributionReport')
export class MyContributionReportModel {
  @Field(() => EvaluationPeriodModel)
  period: EvaluationPeriodModel;

  @Field(() => ContributionRowModel, {
    nullable: true,
    description: 'Exactly the row HR exports about the viewer; null when not in the period.',
  })
  row: ContributionRowModel | null;
}
