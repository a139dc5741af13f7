import { useQuery } from '@apollo/client/react';
import { TemplateCategoriesDocument } from '../../../generated/graphql';

/** The organization's use-case categories in display order. */
export function useTemplateCategories() {
  const { data, loading, error, refetch } = useQuery(TemplateCategoriesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    categories: data?.templateCategories ?? [],
    loaded: Boolean(data),
    loading,
    error,
    refetch,
  };
}
