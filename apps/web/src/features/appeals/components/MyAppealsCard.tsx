import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyAppealsDocument, WithdrawAppealDocument } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { useAppealList } from '../hooks/useAppealList';
import { AppealCard } from './AppealCard';
import { AppealFormModal } from './AppealFormModal';

/** The member's own appeals with their timelines, and a "missing credit" claim. */
export function MyAppealsCard() {
  const { t } = useTranslation();
  const toast = useToast();
  const appeals = useAppealList(MyAppealsDocument, 'myAppeals', { first: 20 });
  const [missingOpen, setMissingOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [withdraw, withdrawState] = useMutation(WithdrawAppealDocument);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);

  return (
    <Card withBorder radius="lg" padding="lg" id="appeals" data-testid="my-appeals">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} fz="lg">
              {t('appeals.myTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('appeals.myIntro')}
            </Text>
          </Stack>
          <Button
            variant="light"
            onClick={() => {
              setFormKey((key) => key + 1);
              setMissingOpen(true);
            }}
          >
            {t('appeals.missingButton')}
          </Button>
        </Group>
        {appeals.error ? <ErrorAlert error={toApiError(appeals.error)} /> : null}
        {withdrawError ? <ErrorAlert error={toApiError(withdrawError)} /> : null}
        {appeals.loaded && appeals.nodes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('appeals.myEmpty')}
          </Text>
        ) : null}
        {appeals.nodes.map((appeal) => (
          <AppealCard
            key={appeal.id}
            appeal={appeal}
            actions={
              appeal.status === 'OPEN' ? (
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  loading={withdrawState.loading}
                  onClick={() => {
                    setWithdrawError(null);
                    withdraw({ variables: { id: appeal.id } })
                      .then(() => toast.show('success', t('appeals.withdrawn')))
                      .catch(setWithdrawError);
                  }}
                >
                  {t('appeals.withdraw')}
                </Button>
              ) : null
            }
          />
        ))}
        {appeals.hasNextPage ? (
          <Button
            variant="light"
            onClick={() => void appeals.loadMore()}
            loading={appeals.loadingMore}
            style={{ alignSelf: 'center' }}
          >
            {t('appeals.loadMore')}
          </Button>
        ) : null}
      </Stack>
      <AppealFormModal
        key={formKey}
        opened={missingOpen}
        entry={null}
        onClose={() => setMissingOpen(false)}
      />
    </Card>
  );
}
