import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { StructureDocument, type StructureQuery } from '../../../generated/graphql';
import { flattenDepartments } from '../department-tree';

export type StructureDepartment = Omit<StructureQuery['departments'][number], 'children'>;
export type StructureTeam = StructureQuery['teams'][number];

export function useStructure() {
  const { data, loading, error, refetch } = useQuery(StructureDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const departments = useMemo<StructureDepartment[]>(
    () => (data ? flattenDepartments(data.departments) : []),
    [data],
  );
  const collator = useMemo(() => new Intl.Collator('ja'), []);
  const teams = useMemo(
    () => [...(data?.teams ?? [])].sort((a, b) => collator.compare(a.name, b.name)),
    [collator, data],
  );
  return { loaded: Boolean(data), loading, error, departments, teams, refetch };
}
