import { Button, Card, Group, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AwardBadgeDocument,
  BadgeCatalogDocument,
  type BadgeTier,
} from '../../../generated/graphql';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { ErrorAlert } from '../../../shared/ui/ErrorAlert';
import { useToast } from '../../../shared/ui/Toasts';
import { useKudosReceiverOptions } from '../../recognition/hooks/useKudosReceiverOptions';

const FIELDS = ['memberId', 'badgeId', 'tier', 'reason'] as const;

/** Admin: award a badge by hand, with a reason (shown to the member and kept for audit). */
export function AwardBadgeForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const { fieldText } = useErrorText();
  const [search, setSearch] = useState('');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [badgeId, setBadgeId] = useState<string | null>(null);
  const [tier, setTier] = useState<BadgeTier | null>(null);
  const [reason, setReason] = useState('');
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<{ memberId?: boolean; badgeId?: boolean }>({});
  const members = useKudosReceiverOptions(search, null);
  const catalog = useQuery(BadgeCatalogDocument);
  const [award, { loading }] = useMutation(AwardBadgeDocument);

  const badge = catalog.data?.badges.find((item) => item.id === badgeId) ?? null;
  const tiers = (badge?.levels ?? []).flatMap((level) => (level.tier ? [level.tier] : []));
  const split = splitFieldErrors(apiError, FIELDS);
  const errorFor = (field: (typeof FIELDS)[number]) => {
    const error = split.byField[field];
    return error ? fieldText(error) : undefined;
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setApiError(null);
          const nextMissing = { memberId: !memberId, badgeId: !badgeId };
          setMissing(nextMissing);
          if (!memberId || !badgeId) return;
          void award({ variables: { memberId, badgeId, reason, tier } })
            .then((result) => {
              toast.show(
                'success',
                t('badges.award.done', { name: result.data?.awardBadge.name ?? '' }),
              );
              setReason('');
              setBadgeId(null);
              setTier(null);
            })
            .catch((caught: unknown) => setApiError(toApiError(caught)));
        }}
      >
        <Stack gap="md">
          <Select
            label={t('badges.award.member')}
            placeholder={t('recognition.kudos.receiverPlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={members.members.map((member) => ({
              value: member.id,
              label: member.department
                ? `${member.displayName}（${member.department.name}）`
                : member.displayName,
            }))}
            value={memberId}
            onChange={setMemberId}
            required
            error={
              missing.memberId ? t('fieldErrors.kudos.receiverRequired') : errorFor('memberId')
            }
          />
          <Select
            label={t('badges.award.badge')}
            data={(catalog.data?.badges ?? []).map((item) => ({
              value: item.id,
              label: item.name,
            }))}
            value={badgeId}
            onChange={(value) => {
              setBadgeId(value);
              setTier(null);
            }}
            searchable
            required
            error={missing.badgeId ? t('fieldErrors.badge.required') : errorFor('badgeId')}
          />
          {tiers.length > 0 ? (
            <Select
              label={t('badges.award.tier')}
              placeholder={t('badges.award.tierDefault')}
              data={tiers.map((value) => ({ value, label: t(`badges.tierNames.${value}`) }))}
              value={tier}
              onChange={(value) => setTier(value as BadgeTier | null)}
              clearable
              error={errorFor('tier')}
            />
          ) : null}
          <Textarea
            label={t('badges.award.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={500}
            required
            error={errorFor('reason')}
          />
          {apiError &&
          (split.other.length > 0 ||
            apiError.kind !== 'graphql' ||
            apiError.fields.length === 0) ? (
            <ErrorAlert error={apiError} unplacedFields={split.other} />
          ) : null}
          <Group>
            <Button type="submit" loading={loading}>
              {t('badges.award.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
