import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { KnowledgeDepartmentsDocument } from '../../../generated/graphql';
import { departmentOptions } from '../../structure/department-tree';

/** Department choices in tree order ("営業部 / 第一営業課" for sub-departments). */
export function useDepartmentOptions() {
  const { data, loading } = useQuery(KnowledgeDepartmentsDocument, {
    fetchPolicy: 'cache-first',
  });
  const options = useMemo(() => departmentOptions(data?.departments ?? []), [data]);
  return { options, loading };
}
