import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetTool, TemplateKind, TemplateStatus } from '../../../generated/graphql';

/** Category, kind and target tool (and the status when it is not published). */
export function TemplateBadges(props: {
  category: string;
  kind: TemplateKind;
  targetTool: TargetTool;
  status?: TemplateStatus;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {props.status && props.status !== 'PUBLISHED' ? (
        <Badge
          color={props.status === 'DRAFT' ? 'yellow' : 'gray'}
          variant="filled"
          data-testid="template-status"
        >
          {t(`templates.status.${props.status}`)}
        </Badge>
      ) : null}
      <Badge color="jade" variant="light">
        {props.category}
      </Badge>
      <Badge color="indigo" variant="light">
        {t(`templates.kinds.${props.kind}`)}
      </Badge>
      <Badge color="gray" variant="outline">
        {t(`templates.tools.${props.targetTool}`)}
      </Badge>
    </Group>
  );
}
