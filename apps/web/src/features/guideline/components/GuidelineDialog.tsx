import { Anchor, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuidelineFieldsFragment } from '../../../generated/graphql';
import { AcknowledgeGuidelineButton } from './AcknowledgeGuidelineButton';
import { GuidelineSections } from './GuidelineSections';

/** The guideline in a dialog, to read and acknowledge without leaving the page. */
export function GuidelineDialog(props: {
  guideline: GuidelineFieldsFragment;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { guideline } = props;
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('guideline.dialogTitle', { version: guideline.version })}
      size="lg"
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('guideline.dialogIntro')}
        </Text>
        <GuidelineSections content={guideline} columns={1} headingOrder={3} />
        <AcknowledgeGuidelineButton version={guideline.version} onDone={props.onClose} />
        <Anchor component={Link} to="/guideline" size="sm" ta="center">
          {t('guideline.openPage')}
        </Anchor>
      </Stack>
    </Modal>
  );
}

export default GuidelineDialog;
