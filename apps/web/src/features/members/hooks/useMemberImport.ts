import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { ImportMembersDocument, type ImportMembersMutation } from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { bytesToBase64 } from '../../../shared/lib/base64';

export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

export type ImportResult = ImportMembersMutation['importMembers'];

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; fileName: string; fileBase64: string; result: ImportResult }
  | { step: 'importing'; fileName: string; fileBase64: string; result: ImportResult }
  | { step: 'done'; fileName: string; result: ImportResult }
  | { step: 'failed'; fileName: string | null; error: ApiError | 'tooLarge' | 'unreadable' };

/** Dry run first (validate everything, write nothing), then the real import of the same bytes. */
export function useMemberImport() {
  const client = useApolloClient();
  const [importMembers] = useMutation(ImportMembersDocument);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const check = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        setState({ step: 'failed', fileName: file.name, error: 'tooLarge' });
        return;
      }
      setState({ step: 'checking', fileName: file.name });
      let fileBase64: string;
      try {
        fileBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      } catch {
        setState({ step: 'failed', fileName: file.name, error: 'unreadable' });
        return;
      }
      try {
        const { data } = await importMembers({ variables: { fileBase64, dryRun: true } });
        if (!data) throw new Error('Empty import response');
        setState({ step: 'preview', fileName: file.name, fileBase64, result: data.importMembers });
      } catch (error) {
        setState({ step: 'failed', fileName: file.name, error: toApiError(error) });
      }
    },
    [importMembers],
  );

  const run = useCallback(async () => {
    if (state.step !== 'preview') return;
    const { fileName, fileBase64, result } = state;
    setState({ step: 'importing', fileName, fileBase64, result });
    try {
      const { data } = await importMembers({ variables: { fileBase64, dryRun: false } });
      if (!data) throw new Error('Empty import response');
      if (!data.importMembers.ok || data.importMembers.errors.length > 0) {
        // Data changed between the check and the import: show the new problems.
        setState({ step: 'preview', fileName, fileBase64, result: data.importMembers });
        return;
      }
      // Members, departments and teams changed: drop cached lists so every screen refetches.
      for (const fieldName of ['members', 'departments', 'teams']) {
        client.cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      client.cache.gc();
      setState({ step: 'done', fileName, result: data.importMembers });
    } catch (error) {
      setState({ step: 'failed', fileName, error: toApiError(error) });
    }
  }, [client, importMembers, state]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, check, run, reset };
}
