import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { MemberFormOptionsDocument } from '../../../generated/graphql';
import { departmentOptions } from '../../structure/department-tree';

export type SelectOption = { value: string; label: string };

/** Department and team choices for member filters and forms. */
export function useMemberFormOptions(): {
  departments: SelectOption[];
  teams: SelectOption[];
  loading: boolean;
} {
  const { data, loading } = useQuery(MemberFormOptionsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return useMemo(() => {
    const collator = new Intl.Collator('ja');
    const teams = [...(data?.teams ?? [])]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((team) => ({ value: team.id, label: team.name }));
    return { departments: departmentOptions(data?.departments ?? []), teams, loading };
  }, [data, loading]);
}
