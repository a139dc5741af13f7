import { graphql } from '../../../generated';

export const UploadKnowledgeImageMutation = graphql(`
  mutation UploadKnowledgeImage($fileBase64: String!, $fileName: String!) {
    uploadImage(fileBase64: $fileBase64, fileName: $fileName) {
      id
      url
      contentType
      byteSize
    }
  }
`);
