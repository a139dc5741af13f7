import { Badge, Button, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportAuditLogDocument } from '../../../generated/graphql';
import { toApiError } from '../../../shared/lib/api-error';
import { useConnectionQuery } from '../../../shared/lib/use-connection-query';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { auditFilters, shortHash } from '../lib/audit-log';

const PAGE_SIZE = 30;

/** 監査ログ: every export and denied attempt, newest first, 30 at a time. */
export function AuditLogPanel() {
  const { t, i18n } = useTranslation();
  const log = useConnectionQuery(ExportAuditLogDocument, 'exportAuditLog', {
    variables: { first: PAGE_SIZE },
  });
  const scopes: Record<string, string> = {
    organization: t('hr.audit.scopes.organization'),
    department: t('hr.audit.scopes.department'),
    self: t('hr.audit.scopes.self'),
  };
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('hr.audit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('hr.audit.intro')}
        </Text>
        {log.error ? <ErrorAlert error={toApiError(log.error)} /> : null}
        {log.loaded && log.nodes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('hr.audit.empty')}
          </Text>
        ) : null}
        {log.nodes.length > 0 ? (
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="xs" fz="sm" data-testid="export-audit-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hr.audit.when')}</Table.Th>
                  <Table.Th>{t('hr.audit.who')}</Table.Th>
                  <Table.Th>{t('hr.audit.outcome')}</Table.Th>
                  <Table.Th>{t('hr.audit.scope')}</Table.Th>
                  <Table.Th>{t('hr.audit.period')}</Table.Th>
                  <Table.Th>{t('hr.audit.format')}</Table.Th>
                  <Table.Th>{t('hr.audit.rows')}</Table.Th>
                  <Table.Th>SHA-256</Table.Th>
                  <Table.Th>{t('hr.audit.filters')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.nodes.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="export-audit-entry">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {new Date(String(entry.createdAt)).toLocaleString(i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      {entry.actorKind === 'cli' ? t('hr.audit.cli') : (entry.actorName ?? '')}
                    </Table.Td>
                    <Table.Td>
                      {entry.outcome === 'granted' ? (
                        <Badge color="jade" variant="light">
                          {t('hr.audit.granted')}
                        </Badge>
                      ) : (
                        <Stack gap={2}>
                          <Badge color="red" variant="light">
                            {t('hr.audit.denied')}
                          </Badge>
                          {entry.reason ? (
                            <Text size="xs" c="dimmed">
                              {entry.reason}
                            </Text>
                          ) : null}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>{scopes[entry.scope] ?? entry.scope}</Table.Td>
                    <Table.Td>{entry.periodName ?? ''}</Table.Td>
                    <Table.Td>{entry.format}</Table.Td>
                    <Table.Td>{entry.rowCount ?? ''}</Table.Td>
                    <Table.Td>
                      {entry.sha256 ? (
                        <Code title={entry.sha256}>{shortHash(entry.sha256)}</Code>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {auditFilters(entry.filtersJson)
                          .map((filter) => `${filter.key}: ${filter.value}`)
                          .join(' / ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {log.hasNextPage ? (
          <Button
            variant="light"
            onClick={() => void log.loadMore()}
            loading={log.loadingMore}
            style={{ alignSelf: 'center' }}
          >
            {t('hr.audit.loadMore')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
