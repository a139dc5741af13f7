import { useTranslation } from 'react-i18next';
import { FlagList } from '../../content/components/FlagList';
import type { FieldFlag } from '../lib/content-areas';

/** The content check's findings per form field. Used by the template editor and story form. */
export function FieldFlagList<F extends string>(props: {
  flags: readonly FieldFlag<F>[];
  fieldLabel: (field: F) => string;
  onSelect?: (flag: FieldFlag<F>) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { fieldLabel, ...rest } = props;
  return (
    <FlagList
      {...rest}
      place={(flag) => fieldLabel(flag.field)}
      title={t('templates.flags.title', { n: props.flags.length })}
      intro={t('templates.flags.intro')}
      selectLabel={(flag) =>
        t('templates.flags.select', { field: fieldLabel(flag.field), match: flag.match })
      }
    />
  );
}
