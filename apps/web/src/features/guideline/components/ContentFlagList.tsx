import { useTranslation } from 'react-i18next';
import { FlagList } from '../../content/components/FlagList';
import type { LocatedFlag } from '../lib/content-flags';

/** The content check's findings on a knowledge post, tagged with the area (title, body …). */
export function ContentFlagList(props: {
  flags: readonly LocatedFlag[];
  onSelect?: (flag: LocatedFlag) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FlagList
      {...props}
      place={(flag) => t(`guideline.flags.areas.${flag.area}`)}
      title={t('guideline.flags.title', { n: props.flags.length })}
      intro={t('guideline.flags.intro')}
      selectLabel={(flag) => t('guideline.flags.select', { match: flag.match })}
    />
  );
}
