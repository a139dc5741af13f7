import { graphql } from '../../../generated';

/** The use screen and the editor: the body, its placeholders and everything around it. */
export const TemplateDetailFieldsFragment = graphql(`
  fragment TemplateDetailFields on PromptTemplate {
    ...TemplateCardFields
    body
    canEdit
    forkCount
    createdAt
    placeholders {
      name
      defaultValue
      hint
    }
    author {
      id
      displayName
      department {
        id
        name
      }
    }
    forkedFrom {
      id
      title
      author {
        id
        displayName
      }
    }
  }
`);
