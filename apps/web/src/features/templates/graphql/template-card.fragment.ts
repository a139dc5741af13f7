import { graphql } from '../../../generated';

/** What a library card shows. */
export const TemplateCardFieldsFragment = graphql(`
  fragment TemplateCardFields on PromptTemplate {
    id
    title
    description
    kind
    targetTool
    status
    reuseCount
    colleagueCount
    hoursSavedPerMonth
    updatedAt
    category {
      id
      name
    }
    author {
      id
      displayName
    }
  }
`);
