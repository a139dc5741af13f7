import {
  Alert,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  List,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertTriangle, IconDownload, IconEye, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContributionExportFieldsFragment,
  type EvaluationPeriodFieldsFragment,
  ExportContributionsDocument,
  type ExportPart,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { fetchExportFile, saveBlob } from '../../../shared/lib/download';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { departmentOptions } from '../../structure/department-tree';
import { useStructure } from '../../structure/hooks/useStructure';
import {
  type CsvPreview,
  EXPORT_FORMATS,
  type ExportFormatChoice,
  canPreview,
  csvPreview,
  decodeCsv,
} from '../lib/csv-preview';
import { shortHash } from '../lib/audit-log';

const PREVIEW_ROWS = 10;
const UNREPRESENTABLE_SHOWN = 20;

type Prepared = {
  file: ContributionExportFieldsFragment;
  blob: Blob;
  format: ExportFormatChoice;
  preview: CsvPreview | null;
};

/**
 * エクスポート: filters, format, then a preview of the first rows of the very file the
 * download saves (one audited export: the SHA-256 in the audit log is the downloaded file's).
 */
export function ExportPanel({ periods }: { periods: readonly EvaluationPeriodFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const { fieldText } = useErrorText();
  const structure = useStructure();
  const [periodChoice, setPeriodId] = useState<string | null>(null);
  // The newest period until one is chosen (periods arrive and change while the tab is open).
  const periodId = periodChoice ?? periods[0]?.id ?? null;
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [format, setFormat] = useState<ExportFormatChoice>('CSV');
  const [part, setPart] = useState<ExportPart>('SCORES');
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [exportContributions, exportState] = useMutation(ExportContributionsDocument);
  const split = splitFieldErrors(error, ['periodId', 'departmentId', 'teamId', 'format'] as const);
  const number = new Intl.NumberFormat(i18n.language);

  const teams = useMemo(
    () =>
      structure.teams
        .filter((team) => !departmentId || team.departmentId === departmentId)
        .map((team) => ({ value: team.id, label: team.name })),
    [structure.teams, departmentId],
  );
  const reset = () => {
    setPrepared(null);
    setError(null);
  };

  const prepare = async () => {
    if (!periodId) return;
    reset();
    setFetching(true);
    try {
      const result = await exportContributions({
        variables: {
          input: {
            periodId,
            format,
            departmentId,
            teamId,
            includeInactive,
            part: format === 'XLSX' ? null : part,
            locale: i18n.language.startsWith('en') ? 'en' : 'ja',
          },
        },
      });
      const file = result.data?.exportContributions;
      if (!file) return;
      const blob = await fetchExportFile(file.downloadUrl);
      const preview = canPreview(format)
        ? csvPreview(decodeCsv(await blob.arrayBuffer(), format), PREVIEW_ROWS)
        : null;
      setPrepared({ file, blob, format, preview });
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setFetching(false);
    }
  };

  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void prepare();
          }}
        >
          <Stack gap="md">
            <Title order={2} fz="lg">
              {t('hr.export.title')}
            </Title>
            <Group align="flex-start" gap="md" wrap="wrap">
              <Select
                label={t('hr.export.period')}
                data={periods.map((period) => ({
                  value: period.id,
                  label:
                    period.status === 'locked'
                      ? `${period.name}（${t('hr.periods.locked')}）`
                      : period.name,
                }))}
                value={periodId}
                onChange={(value) => {
                  setPeriodId(value);
                  reset();
                }}
                allowDeselect={false}
                error={split.byField.periodId ? fieldText(split.byField.periodId) : undefined}
                w={280}
              />
              <Select
                label={t('hr.export.department')}
                placeholder={t('hr.export.allDepartments')}
                data={departmentOptions(structure.departments)}
                value={departmentId}
                onChange={(value) => {
                  setDepartmentId(value);
                  setTeamId(null);
                  reset();
                }}
                clearable
                searchable
                error={
                  split.byField.departmentId ? fieldText(split.byField.departmentId) : undefined
                }
                w={260}
              />
              <Select
                label={t('hr.export.team')}
                placeholder={t('hr.export.allTeams')}
                data={teams}
                value={teamId}
                onChange={(value) => {
                  setTeamId(value);
                  reset();
                }}
                clearable
                searchable
                error={split.byField.teamId ? fieldText(split.byField.teamId) : undefined}
                w={220}
              />
            </Group>
            <Checkbox
              label={t('hr.export.includeInactive')}
              checked={includeInactive}
              onChange={(event) => {
                setIncludeInactive(event.currentTarget.checked);
                reset();
              }}
            />
            <Radio.Group
              label={t('hr.export.format')}
              value={format}
              onChange={(value) => {
                setFormat(value as ExportFormatChoice);
                reset();
              }}
            >
              <Group gap="lg" mt={6}>
                {EXPORT_FORMATS.map((choice) => (
                  <Radio key={choice} value={choice} label={t(`hr.export.formats.${choice}`)} />
                ))}
              </Group>
            </Radio.Group>
            {format === 'XLSX' ? (
              <Text size="xs" c="dimmed">
                {t('hr.export.xlsxSheets')}
              </Text>
            ) : (
              <Radio.Group
                label={t('hr.export.part')}
                value={part}
                onChange={(value) => {
                  setPart(value as ExportPart);
                  reset();
                }}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="SCORES" label={t('hr.export.parts.SCORES')} />
                  <Radio value="EVIDENCE" label={t('hr.export.parts.EVIDENCE')} />
                </Group>
              </Radio.Group>
            )}
            <Text size="xs" c="dimmed">
              {t('hr.export.auditNote')}
            </Text>
            <Button
              type="submit"
              leftSection={<IconEye size={16} />}
              loading={exportState.loading || fetching}
              disabled={!periodId}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('hr.export.preview')}
            </Button>
          </Stack>
        </form>
      </Card>

      {error ? <ErrorAlert error={error} unplacedFields={split.other} /> : null}

      {prepared ? (
        <Card withBorder radius="lg" padding="lg" data-testid="export-preview">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={2}>
                <Title order={2} fz="lg">
                  {t('hr.export.previewTitle')}
                </Title>
                <Text size="sm" c="dimmed" data-testid="export-summary">
                  {t('hr.export.summary', {
                    file: prepared.file.fileName,
                    rows: number.format(prepared.file.rowCount),
                    kb: number.format(Math.max(1, Math.round(prepared.file.byteSize / 1024))),
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  SHA-256{' '}
                  <Code title={prepared.file.sha256}>{shortHash(prepared.file.sha256)}</Code>
                </Text>
              </Stack>
              <Button
                leftSection={<IconDownload size={16} />}
                onClick={() => saveBlob(prepared.blob, prepared.file.fileName)}
              >
                {t('hr.export.download')}
              </Button>
            </Group>

            {prepared.file.unrepresentableCount > 0 ? (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                title={t('hr.export.unrepresentableTitle', {
                  count: prepared.file.unrepresentableCount,
                })}
                data-testid="export-unrepresentable"
              >
                <Stack gap={6}>
                  <Text size="sm">{t('hr.export.unrepresentableBody')}</Text>
                  <List size="sm">
                    {prepared.file.unrepresentable.slice(0, UNREPRESENTABLE_SHOWN).map((item) => (
                      <List.Item key={`${item.row}-${item.column}-${item.char}`}>
                        {t('hr.export.unrepresentableItem', {
                          row: item.row,
                          column: item.column,
                          char: item.char,
                        })}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              </Alert>
            ) : null}

            {prepared.preview ? (
              prepared.preview.rows.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('hr.export.noRows')}
                </Text>
              ) : (
                <>
                  <Table.ScrollContainer minWidth={900}>
                    <Table
                      striped
                      withTableBorder
                      fz="xs"
                      style={{ whiteSpace: 'nowrap' }}
                      data-testid="export-preview-table"
                    >
                      <Table.Thead>
                        <Table.Tr>
                          {prepared.preview.header.map((cell, index) => (
                            <Table.Th key={index}>{cell}</Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {prepared.preview.rows.map((row, rowIndex) => (
                          <Table.Tr key={rowIndex}>
                            {row.map((cell, index) => (
                              <Table.Td key={index}>{cell}</Table.Td>
                            ))}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  <Text size="xs" c="dimmed">
                    {prepared.preview.truncated
                      ? t('hr.export.previewTruncated', { rows: PREVIEW_ROWS })
                      : t('hr.export.previewAll')}
                  </Text>
                </>
              )
            ) : (
              <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
                {t('hr.export.xlsxNoPreview')}
              </Alert>
            )}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
