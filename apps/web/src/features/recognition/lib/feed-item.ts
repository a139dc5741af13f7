/** Pure helpers for the recognition feed: what an item says, where it links, live updates. */

export type FeedMember = { id: string; displayName: string; departmentId?: string | null };

export type FeedItemData = {
  id: string;
  type: string;
  actor: FeedMember | null;
  subject: FeedMember | null;
  kudos: {
    message: string;
    valueLabel: string;
    valueLabelEn: string | null;
    points: number;
  } | null;
  badge: { code: string; name: string; nameEn: string; tier: string | null; points: number } | null;
  story: { id: string; title: string } | null;
  challenge: { id: string; title: string; winners: readonly { name: string }[] } | null;
  templateMilestone: { templateId: string; title: string; reuses: number } | null;
};

/** Translation keys under `recognition.feed.items`. */
export type FeedTextKey =
  | 'kudos'
  | 'badgeEarned'
  | 'storyApproved'
  | 'challengeClosed'
  | 'challengeClosedNoWinner'
  | 'templateMilestone'
  | 'memberJoined'
  | 'unknown';

export type FeedItemText = {
  key: FeedTextKey;
  values: Record<string, string | number>;
  /** In-app link to what the item is about; null when there is nothing to open. */
  href: string | null;
};

const isEnglish = (language: string) => language.startsWith('en');

/** The organization value in the reader's language (Japanese when no English label is set). */
export function valueLabel(
  kudos: { valueLabel: string; valueLabelEn: string | null },
  language: string,
): string {
  return isEnglish(language) && kudos.valueLabelEn ? kudos.valueLabelEn : kudos.valueLabel;
}

export function badgeName(badge: { name: string; nameEn: string }, language: string): string {
  return isEnglish(language) && badge.nameEn ? badge.nameEn : badge.name;
}

/** The sentence of a feed item as a key and its values (the caller translates). */
export function describeFeedItem(item: FeedItemData, language: string): FeedItemText {
  const actor = item.actor?.displayName ?? '';
  const subject = item.subject?.displayName ?? '';
  switch (item.type) {
    case 'KUDOS':
      return item.kudos
        ? {
            key: 'kudos',
            values: { actor, subject, value: valueLabel(item.kudos, language) },
            href: null,
          }
        : unknown();
    case 'BADGE_EARNED':
      return item.badge
        ? {
            key: 'badgeEarned',
            values: { subject, badge: badgeName(item.badge, language) },
            href: null,
          }
        : unknown();
    case 'STORY_APPROVED':
      return item.story
        ? {
            key: 'storyApproved',
            values: { subject, title: item.story.title },
            href: `/stories/${item.story.id}`,
          }
        : unknown();
    case 'CHALLENGE_CLOSED':
      if (!item.challenge) return unknown();
      return item.challenge.winners.length > 0
        ? {
            key: 'challengeClosed',
            values: {
              title: item.challenge.title,
              winners: item.challenge.winners
                .map((winner) => winner.name)
                .join(isEnglish(language) ? ', ' : '、'),
            },
            href: `/challenges/${item.challenge.id}`,
          }
        : {
            key: 'challengeClosedNoWinner',
            values: { title: item.challenge.title },
            href: `/challenges/${item.challenge.id}`,
          };
    case 'TEMPLATE_MILESTONE':
      return item.templateMilestone
        ? {
            key: 'templateMilestone',
            values: {
              subject,
              title: item.templateMilestone.title,
              reuses: item.templateMilestone.reuses,
            },
            href: `/templates/${item.templateMilestone.templateId}`,
          }
        : unknown();
    case 'MEMBER_JOINED':
      return { key: 'memberJoined', values: { subject }, href: null };
    default:
      return unknown();
  }
}

function unknown(): FeedItemText {
  return { key: 'unknown', values: {}, href: null };
}

export type FeedFilterValue = 'ALL' | 'MY_DEPARTMENT' | 'MINE';

/**
 * Whether a live item belongs in the list the viewer is looking at (the server applies the same
 * filters to `feed`): MINE = the viewer did it or it is about them; MY_DEPARTMENT = it is about
 * a member of the viewer's department (the subject, or the actor when there is no subject).
 */
export function feedItemMatchesFilter(
  item: Pick<FeedItemData, 'actor' | 'subject'>,
  filter: FeedFilterValue,
  viewer: { id: string; departmentId: string | null },
): boolean {
  switch (filter) {
    case 'ALL':
      return true;
    case 'MINE':
      return item.actor?.id === viewer.id || item.subject?.id === viewer.id;
    case 'MY_DEPARTMENT': {
      const about = item.subject ?? item.actor;
      return viewer.departmentId !== null && about?.departmentId === viewer.departmentId;
    }
  }
}

type Edge<N> = { cursor: string; node: N };
type Connection<N> = { edges: readonly Edge<N>[] };

/**
 * Puts a live item at the top of a loaded list; an item already listed (the subscription and a
 * refetch can both deliver it) is not repeated. Returns the same object when nothing changes.
 */
export function prependEdge<N extends { id: string }, C extends Connection<N>>(
  connection: C,
  node: N,
  cursor: string,
): C {
  if (connection.edges.some((edge) => edge.node.id === node.id)) return connection;
  return { ...connection, edges: [{ cursor, node }, ...connection.edges] };
}
