import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { UploadKnowledgeImageDocument } from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { bytesToBase64 } from '../../../shared/lib/base64';
import { type ImageFileProblem, imageFileProblem, uploadFileName } from '../lib/image-file';

export type UploadProblem =
  | { kind: 'file'; problem: ImageFileProblem; fileName: string }
  | { kind: 'api'; error: ApiError; fileName: string };

/** Checks, reads and uploads one image; resolves with its Markdown-ready URL, or null. */
export function useImageUpload() {
  const [upload] = useMutation(UploadKnowledgeImageDocument);
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<UploadProblem | null>(null);

  const uploadImage = useCallback(
    async (file: File): Promise<{ url: string; fileName: string } | null> => {
      const fileName = uploadFileName(file);
      const local = imageFileProblem(file);
      if (local) {
        setProblem({ kind: 'file', problem: local, fileName });
        return null;
      }
      setProblem(null);
      setUploading((n) => n + 1);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await upload({
          variables: { fileBase64: bytesToBase64(bytes), fileName },
        });
        const url = result.data?.uploadImage.url;
        return url ? { url, fileName } : null;
      } catch (caught) {
        setProblem({ kind: 'api', error: toApiError(caught), fileName });
        return null;
      } finally {
        setUploading((n) => n - 1);
      }
    },
    [upload],
  );

  return {
    uploadImage,
    uploading: uploading > 0,
    problem,
    clearProblem: useCallback(() => setProblem(null), []),
  };
}
