export type DepartmentLike = {
  id: string;
  name: string;
  parentId: string | null;
  children?: readonly DepartmentLike[] | null;
};

export type DepartmentNode<D extends DepartmentLike> = { department: D; children: D[] };

/**
 * All departments, whether the API lists them flat or only the top level with `children`:
 * flattened, deduplicated by id.
 */
export function flattenDepartments<D extends DepartmentLike>(departments: readonly D[]): D[] {
  const byId = new Map<string, D>();
  const visit = (department: D) => {
    if (!byId.has(department.id)) byId.set(department.id, department);
    for (const child of department.children ?? []) visit(child as D);
  };
  departments.forEach(visit);
  return [...byId.values()];
}

const collator = new Intl.Collator('ja');

/** One nesting level: top-level departments, each with its sub-departments, sorted by name. */
export function buildDepartmentTree<D extends DepartmentLike>(
  departments: readonly D[],
): DepartmentNode<D>[] {
  const all = flattenDepartments(departments);
  const ids = new Set(all.map((department) => department.id));
  const byName = (a: D, b: D) => collator.compare(a.name, b.name);
  const topLevel = all.filter(
    (department) => !department.parentId || !ids.has(department.parentId),
  );
  return topLevel.sort(byName).map((department) => ({
    department,
    children: all.filter((child) => child.parentId === department.id).sort(byName),
  }));
}

/** "営業部 / 第一営業課" for a sub-department, the plain name otherwise. */
export function departmentPath<D extends DepartmentLike>(department: D, all: readonly D[]): string {
  const parent = department.parentId
    ? all.find((candidate) => candidate.id === department.parentId)
    : undefined;
  return parent ? `${parent.name} / ${department.name}` : department.name;
}

/** Select options in tree order, sub-departments shown with their parent. */
export function departmentOptions<D extends DepartmentLike>(
  departments: readonly D[],
): { value: string; label: string }[] {
  const all = flattenDepartments(departments);
  return buildDepartmentTree(all).flatMap((node) => [
    { value: node.department.id, label: node.department.name },
    ...node.children.map((child) => ({ value: child.id, label: departmentPath(child, all) })),
  ]);
}
