import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../../shared/lib/api-error';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { LevelThresholdsQuery } from '../graphql/level-thresholds.query';
import { UpdateLevelThresholdsMutation } from '../graphql/update-level-thresholds.mutation';

/** Admin: where each level (初心者 … マスター) starts, in all-time points. */
export function LevelThresholdsEditor() {
  const { t } = useTranslation();
  const { data, error } = useQuery(LevelThresholdsQuery);
  const [save, { loading }] = useMutation(UpdateLevelThresholdsMutation, {
    refetchQueries: ['LevelThresholds'],
  });
  const [draft, setDraft] = useState<Record<string, number | string>>({});
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  if (error) return <ErrorAlert error={toApiError(error)} />;
  const levels = data?.levelThresholds ?? [];
  const valueOf = (key: string, fallback: number) => draft[key] ?? fallback;

  const submit = async () => {
    setSaveError(null);
    setSaved(false);
    try {
      await save({
        variables: { minPoints: levels.map((l) => Number(valueOf(l.key, l.minPoints))) },
      });
      setDraft({});
      setSaved(true);
    } catch (e) {
      setSaveError(toApiError(e));
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('pointRules.levelsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pointRules.levelsIntro')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {levels.map((level, index) => (
            <NumberInput
              key={level.key}
              label={level.name}
              min={0}
              max={10_000_000}
              step={10}
              disabled={index === 0}
              value={valueOf(level.key, level.minPoints)}
              onChange={(value) => setDraft((d) => ({ ...d, [level.key]: value }))}
              suffix="pt"
            />
          ))}
        </SimpleGrid>
        {saveError ? <ErrorAlert error={saveError} /> : null}
        {saved ? (
          <Alert color="teal" variant="light">
            {t('pointRules.levelsSaved')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button
            onClick={() => void submit()}
            loading={loading}
            disabled={Object.keys(draft).length === 0}
          >
            {t('pointRules.levelsSave')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
