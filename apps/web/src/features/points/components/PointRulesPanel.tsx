import { Card, Group, List, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PointRuleSetFieldsFragment } from '../../../generated/graphql';
import { earningRules } from '../lib/earning-rules';

/** "How points work": every paying rule with its points and daily cap, and the fair-play rules. */
export function PointRulesPanel({ ruleSet }: { ruleSet: PointRuleSetFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const rules = earningRules(ruleSet.rules);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="point-rules-panel">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" radius="xl" size={30} aria-hidden="true">
            <IconScale size={17} />
          </ThemeIcon>
          <Title order={2} fz="lg">
            {t('points.rules.heading')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('points.rules.intro', { version: ruleSet.version })}
        </Text>
        <Table verticalSpacing={6} horizontalSpacing={6} fz="sm" layout="auto">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('points.rules.action')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('points.rules.points')}
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('points.rules.dailyCap')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((rule) => (
              <Table.Tr key={rule.kind} data-testid="point-rule-row">
                <Table.Td>{rule.label}</Table.Td>
                <Table.Td ta="right" fw={700} c="jade.8" style={{ whiteSpace: 'nowrap' }}>
                  +{number.format(rule.points)}
                </Table.Td>
                <Table.Td ta="right" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {rule.dailyCap === null
                    ? t('points.rules.noCap')
                    : t('points.pointsValue', { points: number.format(rule.dailyCap) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Stack gap={6} mt="xs">
          <Text size="sm" fw={700}>
            {t('points.rules.fairTitle')}
          </Text>
          <List size="xs" spacing={4} c="dimmed">
            <List.Item>{t('points.rules.fairOwn')}</List.Item>
            <List.Item>{t('points.rules.fairOnce')}</List.Item>
            <List.Item>{t('points.rules.fairCap')}</List.Item>
            <List.Item>{t('points.rules.fairLedger')}</List.Item>
          </List>
        </Stack>
      </Stack>
    </Card>
  );
}
