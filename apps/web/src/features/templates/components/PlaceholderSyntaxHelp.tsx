import { Accordion, Code, List, Stack, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const placeholder = (...parts: string[]) => `{{${parts.join('|')}}}`;

/** How to write placeholders: {{名前}}, {{name|default|hint}} and escaped braces. */
export function PlaceholderSyntaxHelp() {
  const { t } = useTranslation();
  const name = t('templates.syntax.sampleName');
  const style = t('templates.syntax.sampleStyle');
  const styleDefault = t('templates.syntax.sampleStyleDefault');
  const to = t('templates.syntax.sampleTo');
  const toDefault = t('templates.syntax.sampleToDefault');
  const toHint = t('templates.syntax.sampleToHint');
  const examples = [
    { code: placeholder(name), text: t('templates.syntax.simple', { name }) },
    {
      code: placeholder(style, styleDefault),
      text: t('templates.syntax.withDefault', { value: styleDefault }),
    },
    { code: placeholder(to, toDefault, toHint), text: t('templates.syntax.withHint') },
    { code: placeholder(to, '', toHint), text: t('templates.syntax.hintOnly') },
  ];
  return (
    <Accordion variant="contained" radius="md" defaultValue={null}>
      <Accordion.Item value="syntax">
        <Accordion.Control icon={<IconHelpCircle size={18} />}>
          {t('templates.syntax.title')}
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm">{t('templates.syntax.intro')}</Text>
            <List size="sm" spacing={6}>
              {examples.map((example) => (
                <List.Item key={example.code}>
                  <Code>{example.code}</Code> — {example.text}
                </List.Item>
              ))}
              <List.Item>
                <Code>{'\\{{'}</Code> <Code>{'\\}}'}</Code> — {t('templates.syntax.escape')}
              </List.Item>
            </List>
            <Text size="xs" c="dimmed">
              {t('templates.syntax.sameName')}
            </Text>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
