import {
  ActionIcon,
  Anchor,
  Avatar,
  Badge,
  Blockquote,
  Button,
  Card,
  Group,
  Menu,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  IconAward,
  IconArrowBackUp,
  IconBulb,
  IconDots,
  IconHeartHandshake,
  IconMessageCircle,
  IconTargetArrow,
  IconTemplate,
  IconUserPlus,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CommentOnFeedItemDocument,
  type FeedItemFieldsFragment,
  ReactToFeedItemDocument,
} from '../../../generated/graphql';
import { FEED_COMMENT_MAX_LENGTH, REACTION_EMOJIS } from '@chienowa/domain';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { toApiError } from '../../../shared/lib/api-error';
import { hasAnyRole } from '../../../shared/lib/roles';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { useCurrentMember } from '../../identity/hooks/useCurrentMember';
import { formatOccurredAt } from '../../points/lib/point-history';
import { describeFeedItem } from '../lib/feed-item';
import { ReverseKudosDialog } from './ReverseKudosDialog';

const TYPE_ICONS: Record<string, ReactNode> = {
  KUDOS: <IconHeartHandshake size={18} />,
  BADGE_EARNED: <IconAward size={18} />,
  STORY_APPROVED: <IconBulb size={18} />,
  CHALLENGE_CLOSED: <IconTargetArrow size={18} />,
  TEMPLATE_MILESTONE: <IconTemplate size={18} />,
  MEMBER_JOINED: <IconUserPlus size={18} />,
};

const TYPE_COLORS: Record<string, string> = {
  KUDOS: 'pink',
  BADGE_EARNED: 'yellow',
  STORY_APPROVED: 'jade',
  CHALLENGE_CLOSED: 'blue',
  TEMPLATE_MILESTONE: 'grape',
  MEMBER_JOINED: 'cyan',
};

function Reactions({ item }: { item: FeedItemFieldsFragment }) {
  const { t } = useTranslation();
  const [react, { loading }] = useMutation(ReactToFeedItemDocument);
  const counts = new Map(item.reactions.map((reaction) => [reaction.emoji, reaction]));
  return (
    <Group gap={4} role="group" aria-label={t('recognition.feed.reactions')}>
      {REACTION_EMOJIS.map((emoji) => {
        const reaction = counts.get(emoji);
        const mine = reaction?.reactedByMe ?? false;
        return (
          <Button
            key={emoji}
            size="compact-sm"
            radius="xl"
            variant={mine ? 'light' : 'subtle'}
            color={mine ? 'jade' : 'gray'}
            aria-pressed={mine}
            aria-label={t('recognition.feed.reactWith', {
              emoji,
              count: reaction?.count ?? 0,
            })}
            disabled={loading}
            onClick={() =>
              void react({ variables: { itemId: item.id, emoji } }).catch(() => undefined)
            }
            data-testid="feed-reaction"
            data-emoji={emoji}
          >
            <span aria-hidden="true">{emoji}</span>
            {reaction && reaction.count > 0 ? (
              <Text span size="xs" ml={4} fw={600}>
                {reaction.count}
              </Text>
            ) : null}
          </Button>
        );
      })}
    </Group>
  );
}

function Comments(props: {
  item: FeedItemFieldsFragment;
  formOpen: boolean;
  onCloseForm: () => void;
}) {
  const { item } = props;
  const { t, i18n } = useTranslation();
  const { errorText, fieldText } = useErrorText();
  const [body, setBody] = useState('');
  const [comment, { loading, error }] = useMutation(CommentOnFeedItemDocument, {
    update(cache, { data }) {
      const added = data?.commentOnFeedItem;
      if (!added) return;
      cache.modify({
        id: cache.identify({ __typename: 'FeedItem', id: item.id }),
        fields: {
          commentCount: (count: number) => count + 1,
          comments: (existing, { toReference }) =>
            Array.isArray(existing)
              ? [...existing, toReference({ __typename: 'FeedComment', id: added.id }) ?? added]
              : existing,
        },
      });
    },
  });
  const hidden = item.commentCount - item.comments.length;
  const commentError = (caught: unknown) => {
    if (!caught) return undefined;
    const apiError = toApiError(caught);
    const body = splitFieldErrors(apiError, ['body']).byField.body;
    // The feed's limit differs from knowledge comments': the message names it.
    return body ? fieldText(body, { max: FEED_COMMENT_MAX_LENGTH }) : errorText(apiError);
  };
  return (
    <Stack gap="xs">
      {item.comments.length > 0 ? (
        <Stack gap={6} pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-2)' }}>
          {hidden > 0 ? (
            <Text size="xs" c="dimmed">
              {t('recognition.feed.olderComments', { count: hidden })}
            </Text>
          ) : null}
          {item.comments.map((entry) => (
            <Stack key={entry.id} gap={0} data-testid="feed-comment">
              <Group gap={6}>
                <Text size="xs" fw={700}>
                  {entry.author.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatOccurredAt(String(entry.createdAt), i18n.language)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {entry.body}
              </Text>
            </Stack>
          ))}
        </Stack>
      ) : null}
      {props.formOpen ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void comment({ variables: { itemId: item.id, body } })
              .then(() => {
                setBody('');
                props.onCloseForm();
              })
              .catch(() => undefined);
          }}
        >
          <Stack gap={6}>
            <Textarea
              label={t('recognition.feed.commentLabel')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={FEED_COMMENT_MAX_LENGTH}
              error={commentError(error)}
              data-autofocus
            />
            <Group gap="xs" justify="flex-end">
              <Button variant="default" size="xs" onClick={props.onCloseForm}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" size="xs" loading={loading} disabled={body.trim() === ''}>
                {t('recognition.feed.commentSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}

/** Admin actions on a feed item: today, reversing a kudos (with a reason). */
function AdminMenu({ item, summary }: { item: FeedItemFieldsFragment; summary: string }) {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const [reversing, setReversing] = useState(false);
  const isAdmin = session.status === 'signedIn' && hasAnyRole(session.member.roles, ['ADMIN']);
  if (!isAdmin || item.type !== 'KUDOS' || !item.kudos) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('recognition.feed.itemMenu')}
            data-testid="feed-item-menu"
          >
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            color="red"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setReversing(true)}
          >
            {t('recognition.reverse.menu')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ReverseKudosDialog
        opened={reversing}
        kudosId={item.kudos.id}
        feedItemId={item.id}
        summary={summary}
        onClose={() => setReversing(false)}
      />
    </>
  );
}

export function FeedItemCard({ item }: { item: FeedItemFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [commenting, setCommenting] = useState(false);
  const text = describeFeedItem(item, i18n.language);
  // Keys are built from a closed union, checked by the locale test.
  const sentence = (t as unknown as (key: string, values: object) => string)(
    `recognition.feed.items.${text.key}`,
    text.values,
  );
  const createdAt = String(item.createdAt);
  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="article"
      data-testid="feed-item"
      data-type={item.type}
      data-id={item.id}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar color={TYPE_COLORS[item.type] ?? 'gray'} radius="xl" aria-hidden="true">
            {TYPE_ICONS[item.type] ?? null}
          </Avatar>
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" lh={1.6} fw={500}>
              {text.href ? (
                <Anchor component={Link} to={text.href} inherit>
                  {sentence}
                </Anchor>
              ) : (
                sentence
              )}
            </Text>
            <Group gap={8}>
              <Text component="time" dateTime={createdAt} size="xs" c="dimmed">
                {formatOccurredAt(createdAt, i18n.language)}
              </Text>
              {item.badge?.tier ? (
                <Badge size="xs" variant="light" color="yellow">
                  {t(`badges.tiers.${item.badge.tier as 'bronze' | 'silver' | 'gold'}`)}
                </Badge>
              ) : null}
            </Group>
          </Stack>
          <AdminMenu item={item} summary={sentence} />
        </Group>
        {item.kudos ? (
          <Blockquote
            color="pink"
            p="sm"
            fz="sm"
            ml={{ base: 0, sm: 52 }}
            radius="md"
            data-testid="feed-kudos-message"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {item.kudos.message}
          </Blockquote>
        ) : null}
        <Group justify="space-between" gap="xs" ml={{ base: 0, sm: 52 }} wrap="wrap">
          <Reactions item={item} />
          <Tooltip label={t('recognition.feed.comment')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('recognition.feed.commentCount', { count: item.commentCount })}
              onClick={() => setCommenting((open) => !open)}
            >
              <IconMessageCircle size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {commenting || item.comments.length > 0 ? (
          <Stack ml={{ base: 0, sm: 52 }}>
            <Comments item={item} formOpen={commenting} onCloseForm={() => setCommenting(false)} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
