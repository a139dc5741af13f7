import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconPlus, IconX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddBannedTermDocument,
  BannedTermsDocument,
  type BannedTermsQuery,
  RemoveBannedTermDocument,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';

type Term = BannedTermsQuery['bannedTerms'][number];

const collator = new Intl.Collator('ja');

/** Admin: words the content check flags before anything is published (client names …). */
export function BannedTermsPanel() {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const { data, error: loadError } = useQuery(BannedTermsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [term, setTerm] = useState('');
  const [addError, setAddError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState<Term | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const [add, { loading: adding }] = useMutation(AddBannedTermDocument, {
    update(cache, result) {
      const added = result.data?.addBannedTerm;
      if (!added) return;
      cache.updateQuery({ query: BannedTermsDocument }, (existing) =>
        existing
          ? { bannedTerms: [...existing.bannedTerms.filter((t) => t.id !== added.id), added] }
          : existing,
      );
    },
  });
  const [remove, { loading: removingNow }] = useMutation(RemoveBannedTermDocument);

  const terms = [...(data?.bannedTerms ?? [])].sort((a, b) => collator.compare(a.term, b.term));
  const { byField, other } = splitFieldErrors(addError, ['term']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!term.trim()) return;
    setAddError(null);
    try {
      const result = await add({ variables: { term: term.trim() } });
      toast.show(
        'success',
        t('guideline.bannedTerms.added', { term: result.data?.addBannedTerm.term ?? term }),
      );
      setTerm('');
    } catch (caught) {
      setAddError(toApiError(caught));
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    setRemoveError(null);
    try {
      await remove({
        variables: { id: removing.id },
        update(cache) {
          cache.updateQuery({ query: BannedTermsDocument }, (existing) =>
            existing
              ? { bannedTerms: existing.bannedTerms.filter((item) => item.id !== removing.id) }
              : existing,
          );
        },
      });
      toast.show('success', t('guideline.bannedTerms.removed', { term: removing.term }));
      setRemoving(null);
    } catch (caught) {
      setRemoveError(toApiError(caught));
    }
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg">
        <form onSubmit={(event) => void submit(event)}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('guideline.bannedTerms.termLabel')}
              description={t('guideline.bannedTerms.termHint')}
              placeholder={t('guideline.bannedTerms.termPlaceholder')}
              value={term}
              onChange={(event) => setTerm(event.currentTarget.value)}
              error={byField.term ? fieldText(byField.term) : undefined}
              maxLength={100}
              style={{ flex: '1 1 260px' }}
            />
            <Button
              type="submit"
              leftSection={<IconPlus size={16} />}
              loading={adding}
              disabled={!term.trim()}
              mt={{ base: 0, xs: 46 }}
            >
              {t('guideline.bannedTerms.add')}
            </Button>
          </Group>
        </form>
        {other.length > 0 || (addError && addError.kind === 'network') ? (
          <Stack mt="sm">
            <ErrorAlert error={addError} unplacedFields={other} />
          </Stack>
        ) : null}
      </Card>

      <Card
        withBorder
        radius="lg"
        padding="lg"
        component="section"
        aria-labelledby="banned-terms-list"
      >
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} fz="lg" id="banned-terms-list">
              {t('guideline.bannedTerms.listTitle')}
            </Title>
            <Badge variant="light" radius="sm">
              {t('guideline.bannedTerms.count', { n: terms.length })}
            </Badge>
          </Group>
          {loadError ? <ErrorAlert error={toApiError(loadError)} /> : null}
          {!data ? (
            loadError ? null : (
              <Center py="md">
                <Loader size="sm" aria-label={t('app.loading')} />
              </Center>
            )
          ) : terms.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="banned-terms-empty">
              {t('guideline.bannedTerms.empty')}
            </Text>
          ) : (
            <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {terms.map((item) => (
                <Badge
                  key={item.id}
                  component="li"
                  size="lg"
                  radius="sm"
                  variant="light"
                  color="red"
                  tt="none"
                  fw={500}
                  data-testid="banned-term"
                  rightSection={
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      color="red"
                      aria-label={t('guideline.bannedTerms.remove', { term: item.term })}
                      onClick={() => {
                        setRemoveError(null);
                        setRemoving(item);
                      }}
                    >
                      <IconX size={14} />
                    </ActionIcon>
                  }
                >
                  {item.term}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Card>

      <ConfirmDialog
        opened={removing !== null}
        title={t('guideline.bannedTerms.removeTitle')}
        message={t('guideline.bannedTerms.removeBody', { term: removing?.term ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={removingNow}
        error={<ErrorAlert error={removeError} />}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
