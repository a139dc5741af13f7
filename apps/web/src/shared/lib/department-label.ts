type DepartmentRef = { name: string; parent?: { name: string } | null } | null | undefined;

/** "営業部 / 第一営業課" for a sub-department, the plain name otherwise; null when none. */
export function departmentLabel(department: DepartmentRef): string | null {
  if (!department) return null;
  return department.parent ? `${department.parent.name} / ${department.name}` : department.name;
}
