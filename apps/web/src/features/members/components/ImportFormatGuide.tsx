import { Badge, Button, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toAppLanguage } from '../../../app/i18n/language';
import { IMPORT_COLUMNS, buildSampleCsv } from '../import-format';

function downloadSample(language: 'ja' | 'en') {
  const blob = new Blob([buildSampleCsv(language)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download =
    language === 'ja' ? 'chienowa-members-sample.csv' : 'chienowa-members-sample-en.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ImportFormatGuide() {
  const { t, i18n } = useTranslation();
  const language = toAppLanguage(i18n.language);
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('import.formatTitle')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t('import.formatEncoding')}</List.Item>
          <List.Item>{t('import.formatHeader')}</List.Item>
          <List.Item>{t('import.formatDepartment')}</List.Item>
        </List>
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.columnJa')}</Table.Th>
                <Table.Th>{t('import.columnEn')}</Table.Th>
                <Table.Th>{t('import.columnRequired')}</Table.Th>
                <Table.Th>{t('import.columnExample')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IMPORT_COLUMNS.map((column) => (
                <Table.Tr key={column.key}>
                  <Table.Td lang="ja">{column.ja}</Table.Td>
                  <Table.Td lang="en">{column.en}</Table.Td>
                  <Table.Td>
                    {column.required ? (
                      <Badge size="sm" color="red" variant="light">
                        {t('import.required')}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('common.optional')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {column.example}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} />}
          onClick={() => downloadSample(language)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('import.downloadSample')}
        </Button>
      </Stack>
    </Card>
  );
}
