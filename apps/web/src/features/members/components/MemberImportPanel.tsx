import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import {
  type ImportResult,
  MAX_IMPORT_FILE_BYTES,
  useMemberImport,
} from '../hooks/useMemberImport';

function Stat({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function ImportPreview({ result, fileName }: { result: ImportResult; fileName: string }) {
  const { t } = useTranslation();
  const { fieldText } = useErrorText();
  const none = t('import.noneCreated');
  return (
    <Stack gap="md" data-testid="import-preview">
      <Title order={3} fz="md">
        {t('import.previewTitle')}
      </Title>
      <Text size="sm">
        {t('import.fileName')}: <strong>{fileName}</strong>
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat
          label={t('import.encoding')}
          value={result.detectedEncoding}
          testId="import-encoding"
        />
        <Stat label={t('import.totalRows')} value={result.totalRows} testId="import-total-rows" />
        <Stat label={t('import.toCreate')} value={result.created} testId="import-created" />
        <Stat label={t('import.toUpdate')} value={result.updated} testId="import-updated" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('import.newDepartments')}
          </Text>
          <Group gap={6}>
            {result.createdDepartments.length > 0 ? (
              result.createdDepartments.map((name) => (
                <Badge key={name} variant="light">
                  {name}
                </Badge>
              ))
            ) : (
              <Text size="sm" c="dimmed">
                {none}
              </Text>
            )}
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('import.newTeams')}
          </Text>
          <Group gap={6}>
            {result.createdTeams.length > 0 ? (
              result.createdTeams.map((name) => (
                <Badge key={name} variant="light">
                  {name}
                </Badge>
              ))
            ) : (
              <Text size="sm" c="dimmed">
                {none}
              </Text>
            )}
          </Group>
        </Stack>
      </SimpleGrid>
      {result.errors.length > 0 ? (
        <Stack gap="sm">
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            title={t('import.errorsTitle', { n: result.errors.length })}
          >
            {t('import.errorsHelp')}
          </Alert>
          <Table.ScrollContainer minWidth={480}>
            <Table withTableBorder striped verticalSpacing={6} fz="sm" data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={72}>{t('import.row')}</Table.Th>
                  <Table.Th w={160}>{t('import.column')}</Table.Th>
                  <Table.Th>{t('import.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.errors.map((error, index) => (
                  <Table.Tr key={`${error.row}-${error.column ?? ''}-${index}`}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>{error.column ?? t('import.wholeRow')}</Table.Td>
                    <Table.Td>
                      {fieldText({
                        field: error.column ?? '',
                        code: error.code,
                        message: error.message,
                      })}
                      {/* The server's sentence keeps the specifics (which earlier row, which value). */}
                      <Text size="xs" c="dimmed" lang="en">
                        {error.message}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ) : (
        <Alert color="jade" variant="light" icon={<IconCircleCheck size={18} />}>
          {t('import.noErrors')}
        </Alert>
      )}
    </Stack>
  );
}

export function MemberImportPanel() {
  const { t } = useTranslation();
  const { state, check, run, reset } = useMemberImport();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);

  const choose = (next: File | null) => {
    setFile(next);
    if (next) void check(next);
    else reset();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  const canRun = state.step === 'preview' && state.result.ok && state.result.errors.length === 0;

  if (state.step === 'done') {
    const { result } = state;
    return (
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md" data-testid="import-success">
          <Alert
            color="jade"
            variant="light"
            icon={<IconCircleCheck size={20} />}
            title={t('import.successTitle')}
            role="status"
          >
            {t('import.successBody', {
              created: result.created,
              updated: result.updated,
              departments: result.createdDepartments.length,
              teams: result.createdTeams.length,
            })}
          </Alert>
          <Button
            variant="default"
            onClick={() => {
              setFile(null);
              reset();
            }}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('import.another')}
          </Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Paper
          withBorder
          radius="md"
          p="lg"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            borderStyle: 'dashed',
            borderWidth: 2,
            borderColor: dragging ? 'var(--mantine-color-jade-6)' : undefined,
            background: dragging ? 'var(--mantine-color-jade-0)' : 'var(--mantine-color-gray-0)',
          }}
        >
          <Stack gap="sm" align="stretch">
            <Group gap="sm" wrap="nowrap">
              <IconFileUpload size={28} aria-hidden="true" color="var(--mantine-color-jade-7)" />
              <Text size="sm" c="dimmed">
                {t('import.dropHint')}
              </Text>
            </Group>
            <FileInput
              label={t('import.file')}
              placeholder={t('import.filePlaceholder')}
              accept=".csv,text/csv"
              value={file}
              onChange={choose}
              clearable
              disabled={state.step === 'checking' || state.step === 'importing'}
              maw={480}
            />
          </Stack>
        </Paper>

        {state.step === 'checking' ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('import.checking')}</Text>
          </Group>
        ) : null}

        {state.step === 'failed' ? (
          state.error === 'tooLarge' ? (
            <Alert color="red" variant="light" role="alert">
              {t('import.tooLarge', { mb: MAX_IMPORT_FILE_BYTES / 1024 / 1024 })}
            </Alert>
          ) : state.error === 'unreadable' ? (
            <Alert color="red" variant="light" role="alert">
              {t('import.readFailed')}
            </Alert>
          ) : (
            <ErrorAlert error={state.error} />
          )
        ) : null}

        {state.step === 'preview' || state.step === 'importing' ? (
          <ImportPreview result={state.result} fileName={state.fileName} />
        ) : null}

        {state.step === 'preview' || state.step === 'importing' ? (
          <Button
            size="md"
            disabled={!canRun && state.step !== 'importing'}
            loading={state.step === 'importing'}
            onClick={() => void run()}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('import.run')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
