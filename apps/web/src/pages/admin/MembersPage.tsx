import { Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentMember } from '../../features/identity/hooks/useCurrentMember';
import {
  EMPTY_MEMBER_FILTER,
  MemberFilters,
  type MemberFilterValues,
} from '../../features/members/components/MemberFilters';
import {
  MemberFormModal,
  type MemberFormTarget,
} from '../../features/members/components/MemberFormModal';
import { type MemberAction, MemberTable } from '../../features/members/components/MemberTable';
import {
  type TemporaryPassword,
  TemporaryPasswordModal,
} from '../../features/members/components/TemporaryPasswordModal';
import { useMembersList } from '../../features/members/hooks/useMembersList';
import {
  DeactivateMemberDocument,
  type MemberFilter,
  type MemberListFieldsFragment,
  ReactivateMemberDocument,
  ResetMemberPasswordDocument,
} from '../../generated/graphql';
import { type ApiError, toApiError } from '../../shared/lib/api-error';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useToast } from '../../shared/ui/Toasts';

type Pending = { action: Exclude<MemberAction, 'edit'>; member: MemberListFieldsFragment };

function toFilter(values: MemberFilterValues, search: string): MemberFilter {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    ...(values.teamId ? { teamId: values.teamId } : {}),
    ...(values.role ? { role: values.role } : {}),
    includeInactive: values.includeInactive,
  };
}

export function MembersPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useCurrentMember();
  const [filterValues, setFilterValues] = useState<MemberFilterValues>(EMPTY_MEMBER_FILTER);
  const [debouncedSearch] = useDebouncedValue(filterValues.search, 300);
  const filter = useMemo(
    () => toFilter(filterValues, debouncedSearch),
    [filterValues, debouncedSearch],
  );
  const list = useMembersList(filter);
  const [formTarget, setFormTarget] = useState<MemberFormTarget | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<TemporaryPassword | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [pendingError, setPendingError] = useState<ApiError | null>(null);
  const [deactivate, { loading: deactivating }] = useMutation(DeactivateMemberDocument);
  const [reactivate, { loading: reactivating }] = useMutation(ReactivateMemberDocument);
  const [resetPassword, { loading: resetting }] = useMutation(ResetMemberPasswordDocument);

  const onAction = (action: MemberAction, member: MemberListFieldsFragment) => {
    if (action === 'edit') {
      setFormTarget({ mode: 'edit', member });
    } else {
      setPendingError(null);
      setPending({ action, member });
    }
  };

  const confirmPending = async () => {
    if (!pending) return;
    const { action, member } = pending;
    setPendingError(null);
    try {
      if (action === 'deactivate') {
        await deactivate({ variables: { id: member.id } });
        toast.show('success', t('members.deactivated', { name: member.displayName }));
      } else if (action === 'reactivate') {
        await reactivate({ variables: { id: member.id } });
        toast.show('success', t('members.reactivated', { name: member.displayName }));
      } else {
        const { data } = await resetPassword({ variables: { id: member.id } });
        if (data) {
          setTemporaryPassword({
            name: member.displayName,
            email: member.email,
            password: data.resetMemberPassword,
          });
        }
      }
      setPending(null);
    } catch (error) {
      setPendingError(toApiError(error));
    }
  };

  const dialog = pending
    ? {
        deactivate: {
          title: t('members.deactivateTitle'),
          message: t('members.deactivateConfirm', { name: pending.member.displayName }),
          confirm: t('members.deactivate'),
          danger: true,
        },
        reactivate: {
          title: t('members.reactivateTitle'),
          message: t('members.reactivateConfirm', { name: pending.member.displayName }),
          confirm: t('members.reactivate'),
          danger: false,
        },
        resetPassword: {
          title: t('members.resetTitle'),
          message: t('members.resetConfirm', { name: pending.member.displayName }),
          confirm: t('members.resetSubmit'),
          danger: true,
        },
      }[pending.action]
    : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('members.title')}
        description={list.loaded ? t('members.total', { n: list.totalCount }) : undefined}
        actions={
          <Button
            leftSection={<IconUserPlus size={18} />}
            onClick={() => setFormTarget({ mode: 'create' })}
          >
            {t('members.add')}
          </Button>
        }
      />
      <Card withBorder radius="lg" padding="md">
        <MemberFilters value={filterValues} onChange={setFilterValues} />
      </Card>

      {list.error && !list.loaded ? <ErrorAlert error={toApiError(list.error)} /> : null}

      <Card withBorder radius="lg" padding={0} aria-busy={list.loading}>
        {!list.loaded ? (
          <Center p="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : list.members.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            {t('members.empty')}
          </Text>
        ) : (
          <MemberTable
            members={list.members}
            currentMemberId={session.status === 'signedIn' ? session.member.id : ''}
            onAction={onAction}
          />
        )}
      </Card>

      {list.loaded && list.members.length > 0 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('members.showing', { shown: list.members.length, total: list.totalCount })}
          </Text>
          {list.hasNextPage ? (
            <Button
              variant="default"
              loading={list.loadingMore}
              onClick={() => void list.loadMore()}
            >
              {t('members.loadMore')}
            </Button>
          ) : null}
        </Group>
      ) : null}

      <MemberFormModal
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onCreated={(result) => {
          setFormTarget(null);
          toast.show('success', t('members.created', { name: result.name }));
          setTemporaryPassword(result);
        }}
        onUpdated={(member) => {
          setFormTarget(null);
          toast.show('success', t('members.updated', { name: member.displayName }));
        }}
      />

      <TemporaryPasswordModal
        value={temporaryPassword}
        onClose={() => setTemporaryPassword(null)}
      />

      <ConfirmDialog
        opened={pending !== null}
        title={dialog?.title ?? ''}
        message={dialog?.message ?? ''}
        confirmLabel={dialog?.confirm ?? ''}
        danger={dialog?.danger}
        loading={deactivating || reactivating || resetting}
        error={<ErrorAlert error={pendingError} />}
        onConfirm={() => void confirmPending()}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
