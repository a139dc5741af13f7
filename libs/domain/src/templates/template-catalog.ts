// Vocabulary of the prompt-template library: kinds, target tools and the default use-case
// categories an organization starts with (admins edit categories afterwards).
import { fail, fieldError, ok, type Result } from '../shared/result';
import { codePointLength, normalizeText } from '../shared/text';

export const TEMPLATE_KINDS = ['fill-in', 'task', 'free-form'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

// The three kinds named in the seed articles (002/003).
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, { ja: string; en: string }> = {
  'fill-in': { ja: 'テンプレート型', en: 'Fill-in-the-blank' },
  task: { ja: 'タスク特化型', en: 'Task-specific' },
  'free-form': { ja: '自由記述型', en: 'Free-form' },
};

export const TARGET_TOOLS = ['chatgpt', 'claude', 'gemini', 'copilot', 'any'] as const;
export type TargetTool = (typeof TARGET_TOOLS)[number];

export const TARGET_TOOL_LABELS: Record<TargetTool, { ja: string; en: string }> = {
  chatgpt: { ja: 'ChatGPT', en: 'ChatGPT' },
  claude: { ja: 'Claude', en: 'Claude' },
  gemini: { ja: 'Gemini', en: 'Gemini' },
  copilot: { ja: 'Copilot', en: 'Copilot' },
  any: { ja: '指定なし', en: 'Any tool' },
};

export const isTemplateKind = (value: unknown): value is TemplateKind =>
  typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);

export const isTargetTool = (value: unknown): value is TargetTool =>
  typeof value === 'string' && (TARGET_TOOLS as readonly string[]).includes(value);

export type TemplateCategory = { key: string; ja: string; en: string };

/** Seeded into every new organization; `key` keeps seeds idempotent, the names are editable. */
export const DEFAULT_TEMPLATE_CATEGORIES: readonly TemplateCategory[] = Object.freeze([
  { key: 'meeting-minutes', ja: '議事録要約', en: 'Meeting minutes' },
  { key: 'daily-report', ja: '日報作成', en: 'Daily reports' },
  { key: 'email', ja: 'メール作成', en: 'Emails' },
  { key: 'documents', ja: '資料作成', en: 'Documents and slides' },
  { key: 'translation', ja: '翻訳', en: 'Translation' },
  { key: 'ideas', ja: '企画・アイデア出し', en: 'Planning and ideas' },
  { key: 'data-analysis', ja: 'データ分析', en: 'Data analysis' },
  { key: 'coding', ja: 'コード作成', en: 'Coding' },
  { key: 'research', ja: '調査・要約', en: 'Research and summaries' },
  { key: 'other', ja: 'その他', en: 'Other' },
]);

export const TEMPLATE_CATEGORY_NAME_MAX_LENGTH = 40;

/** An admin-entered category name: normalized, 1–40 characters. */
export const validateTemplateCategoryName = (s: string): Result<string> => {
  const name = normalizeText(s);
  if (name === '') {
    return fail([fieldError('name', 'category.nameRequired', 'Enter a category name.')]);
  }
  if (codePointLength(name) > TEMPLATE_CATEGORY_NAME_MAX_LENGTH) {
    return fail([
      fieldError(
        'name',
        'category.nameTooLong',
        `A category name must be at most ${TEMPLATE_CATEGORY_NAME_MAX_LENGTH} characters.`,
      ),
    ]);
  }
  return ok(name);
};
