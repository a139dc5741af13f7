import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KnowledgeOwnerCandidatesDocument,
  TransferKnowledgePostOwnerDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';

/** Hands the post to another active member, found by name. */
export function TransferOwnerModal(props: {
  opened: boolean;
  postId: string;
  currentOwnerId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { data, loading } = useQuery(KnowledgeOwnerCandidatesDocument, {
    variables: { search: debounced.trim() || null, first: 20 },
    skip: !props.opened,
  });
  const [transfer, { loading: saving }] = useMutation(TransferKnowledgePostOwnerDocument);

  const options = useMemo(
    () =>
      (data?.members.edges ?? [])
        .map((edge) => edge.node)
        .filter((member) => member.id !== props.currentOwnerId)
        .map((member) => ({
          value: member.id,
          label: member.department
            ? `${member.displayName}（${member.department.name}）`
            : member.displayName,
        })),
    [data, props.currentOwnerId],
  );

  const close = () => {
    setOwnerId(null);
    setSearch('');
    setError(null);
    props.onClose();
  };

  const submit = async () => {
    if (!ownerId) return;
    setError(null);
    try {
      const result = await transfer({ variables: { id: props.postId, ownerId } });
      toast.show(
        'success',
        t('knowledge.actions.transferred', {
          name: result.data?.transferKnowledgePostOwner.owner.displayName ?? '',
        }),
      );
      close();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('knowledge.actions.transferTitle')}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{t('knowledge.actions.transferBody')}</Text>
        <Select
          label={t('knowledge.actions.newOwner')}
          placeholder={t('knowledge.actions.searchMember')}
          data={options}
          value={ownerId}
          onChange={setOwnerId}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={loading ? t('app.loading') : t('knowledge.actions.noMembers')}
          comboboxProps={{ withinPortal: true }}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving} disabled={!ownerId}>
            {t('knowledge.actions.transfer')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
