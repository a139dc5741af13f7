import { graphql } from '../../../generated';

export const ContributionExportFieldsFragment = graphql(`
  fragment ContributionExportFields on ContributionExport {
    token
    downloadUrl
    fileName
    contentType
    byteSize
    sha256
    rowCount
    expiresAt
    unrepresentable {
      row
      column
      char
    }
    unrepresentableCount
  }
`);
