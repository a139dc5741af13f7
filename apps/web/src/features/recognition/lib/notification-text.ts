import { badgeName, valueLabel } from './feed-item';

export type NotificationData = {
  type: string;
  actor: { displayName: string } | null;
  kudos: { valueLabel: string; valueLabelEn: string | null; points: number } | null;
  badge: { name: string; nameEn: string } | null;
  story: { id: string; title: string } | null;
  challenge: { id: string; title: string } | null;
  templateMilestone: { templateId: string; title: string; reuses: number } | null;
  appeal?: { appealId: string; outcome: string; points: number } | null;
};

/** Translation keys under `notifications.items`. */
export type NotificationTextKey =
  | 'kudosReceived'
  | 'badgeEarned'
  | 'storyApproved'
  | 'storyReturned'
  | 'templateMilestone'
  | 'challengeResult'
  | 'appealReversed'
  | 'appealCompensated'
  | 'appealRejected'
  | 'unknown';

/** What a notification says (key + values) and where clicking it goes. */
export function describeNotification(
  notification: NotificationData,
  language: string,
): { key: NotificationTextKey; values: Record<string, string | number>; href: string | null } {
  const actor = notification.actor?.displayName ?? '';
  const { kudos, badge, story, challenge, templateMilestone } = notification;
  switch (notification.type) {
    case 'KUDOS_RECEIVED':
      return kudos
        ? { key: 'kudosReceived', values: { actor, value: valueLabel(kudos, language) }, href: '/' }
        : unknownText();
    case 'BADGE_EARNED':
      return badge
        ? { key: 'badgeEarned', values: { badge: badgeName(badge, language) }, href: '/profile' }
        : unknownText();
    case 'STORY_APPROVED':
    case 'STORY_RETURNED':
      return story
        ? {
            key: notification.type === 'STORY_APPROVED' ? 'storyApproved' : 'storyReturned',
            values: { title: story.title },
            href: `/stories/${story.id}`,
          }
        : unknownText();
    case 'TEMPLATE_MILESTONE':
      return templateMilestone
        ? {
            key: 'templateMilestone',
            values: { title: templateMilestone.title, reuses: templateMilestone.reuses },
            href: `/templates/${templateMilestone.templateId}`,
          }
        : unknownText();
    case 'CHALLENGE_RESULT':
      return challenge
        ? {
            key: 'challengeResult',
            values: { title: challenge.title },
            href: `/challenges/${challenge.id}`,
          }
        : unknownText();
    case 'APPEAL_RESOLVED': {
      const appeal = notification.appeal;
      const key = appeal ? APPEAL_KEYS[appeal.outcome] : undefined;
      return appeal && key
        ? { key, values: { points: Math.abs(appeal.points) }, href: '/profile' }
        : unknownText();
    }
    default:
      return unknownText();
  }
}

const APPEAL_KEYS: Record<string, NotificationTextKey | undefined> = {
  reversed: 'appealReversed',
  compensated: 'appealCompensated',
  rejected: 'appealRejected',
};

function unknownText() {
  return { key: 'unknown' as const, values: {}, href: null };
}
