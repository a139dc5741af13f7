import { graphql } from '../../../generated';

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {
    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {
      ok
      dryRun
      totalRows
      created
      updated
      createdDepartments
      createdTeams
      detectedEncoding
      errors {
        row
        column
        code
        message
      }
    }
  }
`);
