import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../../generated/graphql';
import { prependEdge } from '../lib/feed-item';
import { nextUnreadCount } from '../lib/notification-count';

export const NOTIFICATIONS_PAGE_SIZE = 10;

/**
 * The bell: unread count (always), the latest notifications (when the menu is open), and live
 * additions over the `notificationAdded` subscription, written into both.
 */
export function useNotifications(listOpen: boolean) {
  const client = useApolloClient();
  const count = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const list = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    skip: !listOpen,
    fetchPolicy: 'cache-and-network',
  });

  useSubscription(NotificationAddedDocument, {
    onData: ({ data }) => {
      const added = data.data?.notificationAdded;
      if (!added) return;
      client.cache.updateQuery({ query: UnreadNotificationCountDocument }, (current) => ({
        unreadNotificationCount: nextUnreadCount(current?.unreadNotificationCount, added),
      }));
      client.cache.updateQuery(
        { query: NotificationsDocument, variables: { first: NOTIFICATIONS_PAGE_SIZE } },
        (current) =>
          current
            ? {
                ...current,
                notifications: prependEdge(current.notifications, added, `live:${added.id}`),
              }
            : current,
      );
    },
  });

  const [markOne] = useMutation(MarkNotificationReadDocument, {
    refetchQueries: ['UnreadNotificationCount'],
  });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: ['UnreadNotificationCount', 'Notifications'],
  });

  return {
    unread: count.data?.unreadNotificationCount ?? 0,
    notifications: list.data?.notifications.edges.map((edge) => edge.node) ?? [],
    loaded: Boolean(list.data),
    error: list.error ?? count.error,
    markRead: (id: string) => markOne({ variables: { id } }),
    markAllRead: () => markAll(),
    markingAll: markAllState.loading,
  };
}
