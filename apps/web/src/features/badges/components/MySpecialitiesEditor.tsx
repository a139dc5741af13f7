import { Button, Card, Group, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MySpecialitiesDocument, UpdateMySpecialitiesDocument } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { useToast } from '../../../shared/ui/Toasts';

/** An ambassador's own tags in the directory (「ChatGPT」「議事録」…). */
export function MySpecialitiesEditor() {
  const { t } = useTranslation();
  const toast = useToast();
  const { errorText } = useErrorText();
  const { data } = useQuery(MySpecialitiesDocument, { fetchPolicy: 'network-only' });
  const [tags, setTags] = useState<string[]>([]);
  const [save, { loading, error, reset }] = useMutation(UpdateMySpecialitiesDocument, {
    refetchQueries: ['Ambassadors', 'MySpecialities'],
  });
  const saved = data?.mySpecialities;
  useEffect(() => {
    if (saved) setTags([...saved]);
  }, [saved]);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="my-specialities">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save({ variables: { tags } })
            .then(() => toast.show('success', t('ambassadors.saved')))
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('ambassadors.mineTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ambassadors.mineIntro')}
          </Text>
          <TagsInput
            label={t('ambassadors.specialities')}
            placeholder={t('ambassadors.specialitiesPlaceholder')}
            value={tags}
            onChange={(value) => {
              reset();
              setTags(value);
            }}
            clearable
            error={error ? errorText(toApiError(error)) : undefined}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
