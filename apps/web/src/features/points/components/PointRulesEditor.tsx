import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Stack,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PointRuleSetFieldsFragment,
  UpdatePointRulesDocument,
} from '../../../generated/graphql';
import { type ApiError, type ApiFieldError, toApiError } from '../../../shared/lib/api-error';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { AMOUNT_FROM_EVENT_KINDS } from '../lib/earning-rules';
import {
  RULE_DAILY_CAP_MAX,
  RULE_DAILY_CAP_MIN,
  RULE_POINTS_MAX,
  RULE_POINTS_MIN,
  type RuleDrafts,
  type RuleErrors,
  type RuleField,
  changedRules,
  draftsFrom,
  splitRuleErrors,
  toDraftValue,
  validateDrafts,
} from '../lib/point-rules-form';

/**
 * The admin's table of rules: points and daily cap per event kind. Saving sends only the
 * changed rows; the server answers with the new version, which applies from now on.
 */
export function PointRulesEditor(props: {
  ruleSet: PointRuleSetFieldsFragment;
  /** The version this admin just saved (kept by the page: a new version remounts the form). */
  savedVersion: number | null;
  onSaved: (version: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { fieldText } = useErrorText();
  const toast = useToast();
  const compact = useMediaQuery('(max-width: 48em)') ?? false;
  const [updatePointRules, { loading }] = useMutation(UpdatePointRulesDocument);
  const saved = props.ruleSet;
  const { savedVersion, onSaved } = props;
  const [drafts, setDrafts] = useState<RuleDrafts>(() => draftsFrom(props.ruleSet.rules));
  const [errors, setErrors] = useState<RuleErrors>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [unplaced, setUnplaced] = useState<ApiFieldError[]>([]);
  const number = new Intl.NumberFormat(i18n.language);

  const changes = useMemo(() => changedRules(saved.rules, drafts), [saved.rules, drafts]);
  const changedKinds = new Set(changes.map((change) => change.kind));
  const hasErrors = Object.values(errors).some((rowErrors) => Object.keys(rowErrors).length > 0);

  const setField = (kind: string, field: RuleField, value: string | number) => {
    setDrafts((current) => {
      const draft = current[kind];
      return draft ? { ...current, [kind]: { ...draft, [field]: toDraftValue(value) } } : current;
    });
    setErrors((current) => {
      const rowErrors = current[kind];
      if (!rowErrors?.[field]) return current;
      const { [field]: _removed, ...rest } = rowErrors;
      return { ...current, [kind]: rest };
    });
    if (savedVersion !== null) onSaved(null);
  };

  const reset = () => {
    setDrafts(draftsFrom(saved.rules));
    setErrors({});
    setApiError(null);
    setUnplaced([]);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setUnplaced([]);
    onSaved(null);
    const clientErrors = validateDrafts(drafts);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0 || changes.length === 0) return;
    try {
      const result = await updatePointRules({ variables: { input: changes } });
      const next = result.data?.updatePointRules;
      if (!next) return;
      // The cache now holds the new rule set: the page shows a fresh form for it.
      setDrafts(draftsFrom(next.rules));
      onSaved(next.version);
      toast.show('success', t('pointRules.saved', { version: next.version }));
    } catch (caught) {
      const parsed = toApiError(caught);
      const { byRule, other } = splitRuleErrors(parsed);
      setErrors(byRule);
      setUnplaced(other);
      setApiError(parsed);
    }
  };

  const errorText = (kind: string, field: RuleField): string | undefined => {
    const code = errors[kind]?.[field];
    return code ? fieldText({ field: `rules.${kind}.${field}`, code, message: code }) : undefined;
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('pointRules.title')}>
      <Stack gap="md">
        <Alert
          variant="light"
          color="blue"
          title={t('pointRules.currentVersion', { version: saved.version })}
        >
          <Text size="sm" data-testid="point-rules-version" data-version={saved.version}>
            {t('pointRules.appliesFromNow')}
          </Text>
        </Alert>
        {savedVersion !== null ? (
          <Alert
            variant="light"
            color="jade"
            icon={<IconCircleCheck size={18} />}
            data-testid="point-rules-saved"
            role="status"
          >
            {t('pointRules.savedNote', { version: savedVersion })}
          </Alert>
        ) : null}
        <ErrorAlert error={apiError} unplacedFields={unplaced} />
        <Card withBorder radius="lg" padding={0}>
          {!compact ? (
            <Grid
              gap="sm"
              px="lg"
              py="sm"
              align="end"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
              bg="var(--mantine-color-gray-0)"
              aria-hidden="true"
            >
              <Grid.Col span={6}>
                <Text size="sm" fw={700}>
                  {t('pointRules.action')}
                </Text>
              </Grid.Col>
              <Grid.Col span={3}>
                <Text size="sm" fw={700}>
                  {t('pointRules.points')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('pointRules.pointsHint')}
                </Text>
              </Grid.Col>
              <Grid.Col span={3}>
                <Text size="sm" fw={700}>
                  {t('pointRules.dailyCap')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('pointRules.dailyCapHint')}
                </Text>
              </Grid.Col>
            </Grid>
          ) : null}
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {saved.rules.map((rule, index) => {
              const draft = drafts[rule.kind] ?? { points: '', dailyCap: '' };
              const changed = changedKinds.has(rule.kind);
              return (
                <Box
                  component="li"
                  key={rule.kind}
                  px={{ base: 'md', sm: 'lg' }}
                  py="sm"
                  data-testid="point-rule-editor-row"
                  data-kind={rule.kind}
                  data-changed={changed ? 'true' : undefined}
                  bg={changed ? 'var(--mantine-color-jade-0)' : undefined}
                  style={{
                    borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                  }}
                >
                  <Grid gap="sm" align="flex-start">
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <Stack gap={2} pt={compact ? 0 : 6}>
                        <Group gap={6}>
                          <Text size="sm" fw={600}>
                            {rule.label}
                          </Text>
                          {changed ? (
                            <Badge size="xs" variant="filled" color="jade">
                              {t('pointRules.changed')}
                            </Badge>
                          ) : null}
                        </Group>
                        {AMOUNT_FROM_EVENT_KINDS.has(rule.kind) ? (
                          <Text size="xs" c="dimmed">
                            {t('pointRules.amountFromEvent')}
                          </Text>
                        ) : null}
                      </Stack>
                    </Grid.Col>
                    <Grid.Col span={{ base: 6, sm: 3 }}>
                      <NumberInput
                        label={compact ? t('pointRules.points') : undefined}
                        aria-label={t('pointRules.pointsFor', { label: rule.label })}
                        value={draft.points}
                        onChange={(value) => setField(rule.kind, 'points', value)}
                        min={RULE_POINTS_MIN}
                        max={RULE_POINTS_MAX}
                        allowDecimal={false}
                        allowNegative={false}
                        clampBehavior="none"
                        thousandSeparator=","
                        rightSection={
                          <Text size="xs" c="dimmed">
                            pt
                          </Text>
                        }
                        rightSectionPointerEvents="none"
                        hideControls
                        error={errorText(rule.kind, 'points')}
                        size="sm"
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 6, sm: 3 }}>
                      <NumberInput
                        label={compact ? t('pointRules.dailyCap') : undefined}
                        aria-label={t('pointRules.dailyCapFor', { label: rule.label })}
                        value={draft.dailyCap}
                        onChange={(value) => setField(rule.kind, 'dailyCap', value)}
                        placeholder={t('pointRules.noCap')}
                        min={RULE_DAILY_CAP_MIN}
                        max={RULE_DAILY_CAP_MAX}
                        allowDecimal={false}
                        allowNegative={false}
                        clampBehavior="none"
                        thousandSeparator=","
                        rightSection={
                          <Text size="xs" c="dimmed">
                            pt
                          </Text>
                        }
                        rightSectionPointerEvents="none"
                        hideControls
                        error={errorText(rule.kind, 'dailyCap')}
                        size="sm"
                      />
                    </Grid.Col>
                  </Grid>
                </Box>
              );
            })}
          </Box>
        </Card>
        {/* Stays in view while scrolling the rules, so a change is always one click from saved. */}
        <Box
          py="sm"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Group justify="space-between" gap="sm" wrap="wrap">
            {hasErrors ? (
              <Text size="sm" c="red.8" fw={500} role="alert">
                {t('errors.badInput')}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" data-testid="point-rules-change-count">
                {changes.length > 0
                  ? t('pointRules.changes', { count: number.format(changes.length) })
                  : t('pointRules.noChanges')}
              </Text>
            )}
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconRestore size={16} />}
                onClick={reset}
                disabled={changes.length === 0 || loading}
              >
                {t('pointRules.reset')}
              </Button>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={loading}
                disabled={changes.length === 0}
              >
                {t('pointRules.save')}
              </Button>
            </Group>
          </Group>
        </Box>
      </Stack>
    </form>
  );
}
