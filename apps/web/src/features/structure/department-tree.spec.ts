import { buildDepartmentTree, departmentOptions, flattenDepartments } from './department-tree';

const sales = { id: 's', name: '営業部', parentId: null };
const sales1 = { id: 's1', name: '第一営業課', parentId: 's' };
const sales2 = { id: 's2', name: '第二営業課', parentId: 's' };
const dev = { id: 'd', name: '開発部', parentId: null };

describe('department tree', () => {
  it('builds one nesting level from a flat list, sorted by name', () => {
    const tree = buildDepartmentTree([sales2, dev, sales1, sales]);
    expect(tree.map((node) => node.department.id)).toEqual(['s', 'd']);
    expect(tree[0]?.children.map((child) => child.id)).toEqual(['s1', 's2']);
    expect(tree[1]?.children).toEqual([]);
  });

  it('accepts top-level departments that carry their children, without duplicates', () => {
    const nested = [{ ...sales, children: [sales1, sales2] }, { ...dev, children: [] }, sales1];
    expect(
      flattenDepartments(nested)
        .map((department) => department.id)
        .sort(),
    ).toEqual(['d', 's', 's1', 's2']);
  });

  it('treats a department whose parent is unknown as top level', () => {
    const orphan = { id: 'o', name: '孤立課', parentId: 'missing' };
    expect(buildDepartmentTree([orphan]).map((node) => node.department.id)).toEqual(['o']);
  });

  it('labels sub-departments with their parent in select options', () => {
    expect(departmentOptions([sales, sales1])).toEqual([
      { value: 's', label: '営業部' },
      { value: 's1', label: '営業部 / 第一営業課' },
    ]);
  });
});
