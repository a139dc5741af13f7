export const ROLES = ['staff', 'ambassador', 'manager', 'hr', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { ja: string; en: string }> = {
  staff: { ja: '社員', en: 'Staff' },
  ambassador: { ja: 'アンバサダー', en: 'Ambassador' },
  manager: { ja: '管理職', en: 'Manager' },
  hr: { ja: '人事', en: 'HR' },
  admin: { ja: '管理者', en: 'Admin' },
};

// Labels HR exports and admins actually type. Keys are already NFKC + lowercase.
const ROLE_ALIASES: Record<Role, readonly string[]> = {
  staff: ['staff', '社員', '一般', '一般社員', 'スタッフ'],
  ambassador: ['ambassador', 'アンバサダー', '推進リーダー'],
  manager: ['manager', '管理職', 'マネージャー', 'マネジャー'],
  hr: ['hr', '人事', '人事部'],
  admin: ['admin', '管理者', 'システム管理者', 'アドミン'],
};

const ROLE_BY_LABEL: ReadonlyMap<string, Role> = new Map(
  ROLES.flatMap((role) => ROLE_ALIASES[role].map((label) => [label, role] as const)),
);

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Role from an English (any case, full-width too) or Japanese label; null when unknown. */
export const parseRole = (label: string): Role | null =>
  ROLE_BY_LABEL.get(label.normalize('NFKC').trim().toLowerCase()) ?? null;

// `;` `,` `、` `・` `|` `/` and whitespace (NFKC has already mapped full-width forms).
const ROLE_SEPARATORS = /[;,、・|/\s]+/u;

/** Sorts and deduplicates roles into ROLES order. */
export const sortRoles = (roles: Iterable<Role>): Role[] => {
  const set = new Set(roles);
  return ROLES.filter((role) => set.has(role));
};

/**
 * Parses a spreadsheet cell such as `社員・アンバサダー` or `staff; manager`.
 * An empty cell means plain staff; unrecognized labels are returned in `unknown`.
 */
export const parseRoleList = (cell: string): { roles: Role[]; unknown: string[] } => {
  const labels = cell
    .normalize('NFKC')
    .split(ROLE_SEPARATORS)
    .filter((label) => label !== '');
  if (labels.length === 0) return { roles: ['staff'], unknown: [] };
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const label of labels) {
    const role = parseRole(label);
    if (role) roles.push(role);
    else if (!unknown.includes(label)) unknown.push(label);
  }
  return { roles: sortRoles(roles), unknown };
};

/** True when `roles` holds at least one of `required` (an empty requirement is never met). */
export const hasAnyRole = (roles: readonly Role[], required: readonly Role[]): boolean =>
  required.some((role) => roles.includes(role));
