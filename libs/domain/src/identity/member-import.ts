import type { FieldError } from '../shared/result';
import { codePointLength, normalizeText } from '../shared/text';
import {
  parseJoinedDate,
  validateDisplayName,
  validateEmail,
  validateEmployeeNumber,
  validateNameReading,
} from './member-rules';
import { parseRoleList, type Role } from './roles';

// CSV member import (社員一括登録). The API decodes the bytes (UTF-8 or Shift_JIS) and parses
// the CSV into cells; everything from the header row on is validated here, without throwing.

export const MAX_IMPORT_ROWS = 10000;
export const DEPARTMENT_NAME_MAX_LENGTH = 100;
export const TEAM_NAME_MAX_LENGTH = 100;

export type MemberImportField =
  | 'email'
  | 'displayName'
  | 'nameReading'
  | 'employeeNumber'
  | 'department'
  | 'teams'
  | 'roles'
  | 'joinedOn'
  | 'active';

export type MemberImportRow = {
  /** Spreadsheet row number (header = 1). */
  row: number;
  email: string;
  displayName: string;
  nameReading: string;
  employeeNumber: string | null;
  /** `営業部/第一営業課` → `{ name: '第一営業課', parent: '営業部' }`. */
  department: { name: string; parent: string | null } | null;
  teams: string[];
  roles: Role[];
  joinedOn: string | null;
  active: boolean;
};

export type MemberImportError = {
  /** Spreadsheet row number: the header is row 1, the first member row 2. */
  row: number;
  /** The column's header text as it appears in the file; null for file-level problems. */
  column: string | null;
  message: string;
  code: string;
};

export type MemberImportResult = {
  /** Rows without any error, ready to import. */
  rows: MemberImportRow[];
  errors: MemberImportError[];
  /** Header texts of columns that are not member fields (HR exports carry many). */
  ignoredColumns: string[];
};

export const REQUIRED_IMPORT_FIELDS: readonly MemberImportField[] = [
  'email',
  'displayName',
  'nameReading',
];

// How each field's column is labelled in the file; the Japanese label leads.
const FIELD_LABELS: Record<MemberImportField, string> = {
  email: 'メールアドレス (email)',
  displayName: '氏名 (name)',
  nameReading: 'フリガナ (name reading)',
  employeeNumber: '社員番号 (employee number)',
  department: '部署 (department)',
  teams: 'チーム (teams)',
  roles: 'ロール (roles)',
  joinedOn: '入社日 (joined on)',
  active: '在籍 (active)',
};

const HEADER_ALIASES: Record<MemberImportField, readonly string[]> = {
  email: [
    'メールアドレス',
    'メール',
    'Eメール',
    'Eメールアドレス',
    'E-mail',
    'email',
    'mail',
    'email address',
  ],
  displayName: ['氏名', '名前', '社員名', '表示名', 'name', 'display name', 'full name'],
  nameReading: [
    'フリガナ',
    'ふりがな',
    '氏名カナ',
    '氏名(カナ)',
    '氏名(フリガナ)',
    'カナ',
    'カナ氏名',
    'よみがな',
    'ヨミガナ',
    '読み',
    'reading',
    'name reading',
    'furigana',
    'kana',
  ],
  employeeNumber: [
    '社員番号',
    '従業員番号',
    '社員コード',
    '社員ID',
    'employee number',
    'employee no',
    'employee id',
    'staff id',
  ],
  department: ['部署', '所属', '所属部署', '部門', 'department', 'dept'],
  teams: ['チーム', '所属チーム', 'teams', 'team'],
  roles: ['ロール', '役割', '権限', 'roles', 'role'],
  joinedOn: ['入社日', '入社年月日', 'joined', 'joined on', 'join date', 'hire date'],
  active: ['在籍', '在籍区分', '有効', '状態', 'active', 'status'],
};

/** NFKC, lowercase, without spaces, underscores, hyphens, dots or required-field marks. */
const headerKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.\-*※]/gu, '');

const FIELD_BY_HEADER: ReadonlyMap<string, MemberImportField> = new Map(
  (Object.keys(HEADER_ALIASES) as MemberImportField[]).flatMap((field) =>
    HEADER_ALIASES[field].map((alias) => [headerKey(alias), field] as const),
  ),
);

/** Which member field a header cell names, or null. */
export const matchImportHeader = (header: string): MemberImportField | null =>
  FIELD_BY_HEADER.get(headerKey(header)) ?? null;

const ACTIVE_VALUES: ReadonlyMap<string, boolean> = new Map([
  ...[
    '1',
    'true',
    'yes',
    'y',
    'active',
    '在籍',
    '在職',
    '休職',
    '有効',
    '○',
    '〇',
    '◯',
    '✓',
    '✔',
  ].map((v) => [v, true] as const),
  ...['0', 'false', 'no', 'n', 'inactive', '退職', '退社', '無効', '×', 'x', '✕', '✗'].map(
    (v) => [v, false] as const,
  ),
]);

/** Active cell: 1/0, true/false, yes/no, 在籍/退職/休職/有効/無効, ○/×; blank = active. */
export const parseActiveCell = (cell: string): boolean | null => {
  const value = normalizeText(cell).toLowerCase();
  return value === '' ? true : (ACTIVE_VALUES.get(value) ?? null);
};

const TEAM_SEPARATORS = /[;、・|/,]/u;
const DEPARTMENT_SEPARATORS = /[/>]/u;

/** Team cell `生成AI推進チーム;法人営業チームA` → deduplicated names. */
export const splitTeamsCell = (cell: string): string[] => [
  ...new Set(
    normalizeText(cell)
      .split(TEAM_SEPARATORS)
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  ),
];

const stripBom = (s: string): string => (s.startsWith('\uFEFF') ? s.slice(1) : s);
const isBlankRow = (cells: readonly string[]): boolean =>
  cells.every((cell) => normalizeText(cell ?? '') === '');

/**
 * Validates a parsed member CSV. Every row is checked and every bad cell becomes its own
 * error; within-file duplicate emails and employee numbers are reported on the later row.
 */
export const validateMemberImport = (
  table: readonly (readonly string[])[],
  opts: { today: string },
): MemberImportResult => {
  const errors: MemberImportError[] = [];
  const headerIndex = table.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex === -1) {
    return {
      rows: [],
      errors: [{ row: 1, column: null, code: 'file.empty', message: 'The file is empty.' }],
      ignoredColumns: [],
    };
  }
  const headerRow = headerIndex + 1;
  const headers = (table[headerIndex] ?? []).map((cell) => stripBom(cell ?? '').trim());

  // ---- header
  const columnOf = new Map<MemberImportField, number>();
  const ignoredColumns: string[] = [];
  headers.forEach((header, index) => {
    if (header === '') return;
    const field = matchImportHeader(header);
    if (field === null) {
      ignoredColumns.push(header);
      return;
    }
    const first = columnOf.get(field);
    if (first !== undefined) {
      errors.push({
        row: headerRow,
        column: header,
        code: 'header.duplicate',
        message: `Columns "${headers[first]}" and "${header}" both hold ${FIELD_LABELS[field]}. Keep one.`,
      });
      return;
    }
    columnOf.set(field, index);
  });
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columnOf.has(field)) {
      errors.push({
        row: headerRow,
        column: null,
        code: 'header.missing',
        message: `The required column ${FIELD_LABELS[field]} is missing from the header row.`,
      });
    }
  }
  if (errors.length > 0) return { rows: [], errors, ignoredColumns };

  const dataRows: { row: number; cells: readonly string[] }[] = [];
  for (let i = headerIndex + 1; i < table.length; i += 1) {
    const cells = table[i] ?? [];
    if (!isBlankRow(cells)) dataRows.push({ row: i + 1, cells });
  }
  if (dataRows.length === 0) {
    return {
      rows: [],
      errors: [
        {
          row: headerRow,
          column: null,
          code: 'file.noRows',
          message: 'The file has no member rows.',
        },
      ],
      ignoredColumns,
    };
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    const firstOver = dataRows[MAX_IMPORT_ROWS];
    return {
      rows: [],
      errors: [
        {
          row: firstOver?.row ?? headerRow,
          column: null,
          code: 'file.tooManyRows',
          message: `The file has ${dataRows.length} member rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
        },
      ],
      ignoredColumns,
    };
  }

  // ---- rows
  const rows: MemberImportRow[] = [];
  const rowOfEmail = new Map<string, number>();
  const rowOfEmployeeNumber = new Map<string, number>();

  for (const { row, cells } of dataRows) {
    const rowErrors: MemberImportError[] = [];
    const columnName = (field: MemberImportField): string | null => {
      const index = columnOf.get(field);
      return index === undefined ? null : (headers[index] ?? null);
    };
    const cell = (field: MemberImportField): string => {
      const index = columnOf.get(field);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const report = (field: MemberImportField, code: string, message: string) =>
      rowErrors.push({ row, column: columnName(field), code, message });
    const reportAll = (field: MemberImportField, fieldErrors: FieldError[]) =>
      fieldErrors.forEach((e) => report(field, e.code, e.message));

    const email = validateEmail(cell('email'));
    if (!email.ok) reportAll('email', email.errors);
    else {
      const earlier = rowOfEmail.get(email.value);
      if (earlier !== undefined) {
        report(
          'email',
          'email.duplicate',
          `The email ${email.value} is already used on row ${earlier}.`,
        );
      } else rowOfEmail.set(email.value, row);
    }

    const displayName = validateDisplayName(cell('displayName'));
    if (!displayName.ok) reportAll('displayName', displayName.errors);

    const nameReading = validateNameReading(cell('nameReading'));
    if (!nameReading.ok) reportAll('nameReading', nameReading.errors);

    const employeeNumber = validateEmployeeNumber(cell('employeeNumber'));
    if (!employeeNumber.ok) reportAll('employeeNumber', employeeNumber.errors);
    else if (employeeNumber.value !== null) {
      const key = employeeNumber.value.toUpperCase();
      const earlier = rowOfEmployeeNumber.get(key);
      if (earlier !== undefined) {
        report(
          'employeeNumber',
          'employeeNumber.duplicate',
          `The employee number ${employeeNumber.value} is already used on row ${earlier}.`,
        );
      } else rowOfEmployeeNumber.set(key, row);
    }

    let department: MemberImportRow['department'] = null;
    const departmentText = normalizeText(cell('department'));
    if (departmentText !== '') {
      const parts = departmentText.split(DEPARTMENT_SEPARATORS).map((part) => part.trim());
      if (parts.some((part) => part === '')) {
        report(
          'department',
          'department.invalid',
          'Write the department as a name, or as parent/child such as 営業部/第一営業課.',
        );
      } else if (parts.length > 2) {
        report(
          'department',
          'department.tooDeep',
          'Departments can be nested one level only (parent/child).',
        );
      } else if (parts.some((part) => codePointLength(part) > DEPARTMENT_NAME_MAX_LENGTH)) {
        report(
          'department',
          'department.tooLong',
          `A department name must be at most ${DEPARTMENT_NAME_MAX_LENGTH} characters.`,
        );
      } else {
        const [first = '', second] = parts;
        department =
          second === undefined ? { name: first, parent: null } : { name: second, parent: first };
      }
    }

    const teams = splitTeamsCell(cell('teams'));
    const longTeam = teams.find((team) => codePointLength(team) > TEAM_NAME_MAX_LENGTH);
    if (longTeam !== undefined) {
      report(
        'teams',
        'teams.tooLong',
        `A team name must be at most ${TEAM_NAME_MAX_LENGTH} characters.`,
      );
    }

    const roleList = parseRoleList(cell('roles'));
    if (roleList.unknown.length > 0) {
      report(
        'roles',
        'roles.unknown',
        `Unknown role: ${roleList.unknown.join(', ')}. Use 社員, アンバサダー, 管理職, 人事 or 管理者 (staff, ambassador, manager, hr, admin).`,
      );
    }

    let joinedOn: string | null = null;
    const joinedText = normalizeText(cell('joinedOn'));
    if (joinedText !== '') {
      const parsed = parseJoinedDate(joinedText, opts.today);
      if (parsed.ok) joinedOn = parsed.value;
      else reportAll('joinedOn', parsed.errors);
    }

    const active = parseActiveCell(cell('active'));
    if (active === null) {
      report(
        'active',
        'active.invalid',
        'Write 在籍 or 退職 (or 1/0, yes/no, ○/×); leave it blank for an active member.',
      );
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    if (email.ok && displayName.ok && nameReading.ok && employeeNumber.ok && active !== null) {
      rows.push({
        row,
        email: email.value,
        displayName: displayName.value,
        nameReading: nameReading.value,
        employeeNumber: employeeNumber.value,
        department,
        teams,
        roles: roleList.roles,
        joinedOn,
        active,
      });
    }
  }
  return { rows, errors, ignoredColumns };
};
