import { Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook2, IconBulb, IconSparkles, IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PointRuleSetFieldsFragment } from '../../../generated/graphql';
import { earningRules } from '../lib/earning-rules';

const SHOWN_RULES = 5;

/** No entries yet: how to earn the first points, from the organization's own rules. */
export function EarnPointsEmptyState(props: { ruleSet: PointRuleSetFieldsFragment | null }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const rules = props.ruleSet ? earningRules(props.ruleSet.rules).slice(0, SHOWN_RULES) : [];
  return (
    <Stack gap="md" align="center" ta="center" py="md" px="xs" data-testid="points-empty">
      <ThemeIcon size={56} radius="xl" variant="light" color="yellow" aria-hidden="true">
        <IconSparkles size={30} />
      </ThemeIcon>
      <Title order={3} fz="lg">
        {t('points.empty.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={520}>
        {t('points.empty.body')}
      </Text>
      {rules.length > 0 ? (
        <Card withBorder radius="md" padding="sm" w="100%" maw={440} ta="left">
          <List spacing={6} size="sm" center>
            {rules.map((rule) => (
              <List.Item
                key={rule.kind}
                icon={
                  <Text span fw={700} c="jade.8" miw={48} display="inline-block" ta="right">
                    +{number.format(rule.points)}
                  </Text>
                }
              >
                {rule.label}
              </List.Item>
            ))}
          </List>
        </Card>
      ) : null}
      <Group justify="center" gap="sm">
        <Button component={Link} to="/knowledge" leftSection={<IconBook2 size={16} />}>
          {t('points.empty.postKnowledge')}
        </Button>
        <Button
          component={Link}
          to="/templates"
          variant="light"
          leftSection={<IconTemplate size={16} />}
        >
          {t('points.empty.browseTemplates')}
        </Button>
        <Button component={Link} to="/stories" variant="light" leftSection={<IconBulb size={16} />}>
          {t('points.empty.shareStory')}
        </Button>
      </Group>
    </Stack>
  );
}
