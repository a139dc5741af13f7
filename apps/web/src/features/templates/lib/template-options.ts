import type {
  TargetTool,
  TemplateKind,
  TemplateOrderBy,
  TemplateStatus,
} from '../../../generated/graphql';

/** Display order of the three kinds: fill-in first (the one that lowers blank-prompt anxiety). */
export const TEMPLATE_KINDS = [
  'FILL_IN',
  'TASK',
  'FREE_FORM',
] as const satisfies readonly TemplateKind[];

export const TARGET_TOOLS = [
  'ANY',
  'CHATGPT',
  'CLAUDE',
  'GEMINI',
  'COPILOT',
] as const satisfies readonly TargetTool[];

export const TEMPLATE_ORDERS = [
  'NEWEST',
  'MOST_REUSED',
] as const satisfies readonly TemplateOrderBy[];

export const TEMPLATE_STATUSES = [
  'PUBLISHED',
  'DRAFT',
  'ARCHIVED',
] as const satisfies readonly TemplateStatus[];

export function isTemplateKind(value: string | null | undefined): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value ?? '');
}

export function isTargetTool(value: string | null | undefined): value is TargetTool {
  return (TARGET_TOOLS as readonly string[]).includes(value ?? '');
}

export function isTemplateOrder(value: string | null | undefined): value is TemplateOrderBy {
  return (TEMPLATE_ORDERS as readonly string[]).includes(value ?? '');
}

export function isTemplateStatus(value: string | null | undefined): value is TemplateStatus {
  return (TEMPLATE_STATUSES as readonly string[]).includes(value ?? '');
}

/** Hours as the app shows them: one decimal ("12.5"), in the UI language's digits. */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(hours);
}

/** A DateTime from the API (an ISO string) as a medium date in the UI language. */
export function formatDateTime(value: unknown, language: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
