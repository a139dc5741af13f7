import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { type Observable, catchError, of, throwError } from 'rxjs';
import { MeDocument } from '../generated/graphql';

type ConnectionShape = { edges?: readonly unknown[] } & Record<string, unknown>;

/** Cursor pages of one list: a page with `after` is appended, a first page starts over. */
function appendPages(
  existing: ConnectionShape | undefined,
  incoming: ConnectionShape,
  { args }: { args: Record<string, unknown> | null },
): ConnectionShape {
  if (!existing || !args?.['after']) return incoming;
  return { ...incoming, edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])] };
}

/** Operations whose UNAUTHENTICATED error is an expected answer, not an expired session. */
const OPERATIONS_WITHOUT_SESSION = new Set(['Login', 'Me']);

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          members: {
            // One list per filter; `first`/`after` are pages of that list ("load more").
            keyArgs: ['filter'],
            merge: appendPages,
          },
          // Feed, notifications and challenge lists: one list per filter, "もっと見る" pages.
          feed: { keyArgs: ['filter'], merge: appendPages },
          notifications: { keyArgs: false, merge: appendPages },
          challenges: { keyArgs: ['status'], merge: appendPages },
          departments: { merge: false },
          teams: { merge: false },
          // A post created or saved moments ago opens from the cache (then refreshes).
          knowledgePost: {
            read: (existing, { args, toReference }) =>
              existing ??
              (typeof args?.['id'] === 'string'
                ? toReference({ __typename: 'KnowledgePost', id: args['id'] })
                : undefined),
          },
        },
      },
      Member: { fields: { teams: { merge: false }, roles: { merge: false } } },
      Department: { fields: { children: { merge: false } } },
      // The viewer's points and the organization's rules are one object per session (the
      // store is cleared on sign-in and sign-out): the summary and the history queries fill
      // the same MyPoints, and a rules update replaces the cached rules.
      MyPoints: {
        keyFields: [],
        fields: {
          history: { keyArgs: false, merge: appendPages },
          totals: { merge: false },
        },
      },
      PointRuleSetModel: { keyFields: [], fields: { rules: { merge: false } } },
      PointHistoryConnection: { keyFields: false },
      PointHistoryEdge: { keyFields: false },
      PointHistoryEntry: { keyFields: ['id'] },
      // Connection wrappers have no identity of their own.
      MemberConnection: { keyFields: false },
      MemberEdge: { keyFields: false },
      PageInfo: { keyFields: false },
      MemberImportResult: { keyFields: false },
      // One guideline per organization: publish/acknowledge answers replace the cached one.
      Guideline: { keyFields: [] },
      // A hit's snippet depends on the query: never share one hit between searches.
      SearchHit: { keyFields: false },
      // Recognition: reactions and comments arrive whole (a reaction toggles the full list).
      FeedItem: { fields: { reactions: { merge: false }, comments: { merge: false } } },
      FeedItemConnection: { keyFields: false },
      FeedItemEdge: { keyFields: false },
      NotificationConnection: { keyFields: false },
      NotificationEdge: { keyFields: false },
      ChallengeConnection: { keyFields: false },
      ChallengeEdge: { keyFields: false },
      Challenge: { fields: { standings: { merge: false } } },
      // One per viewer or organization: a mutation's answer replaces the cached one.
      KudosBudget: { keyFields: [] },
      Onboarding: { keyFields: [] },
      LeaderboardVisibility: { keyFields: [] },
      LeaderboardSettings: { keyFields: [] },
    },
  });
}

/**
 * Mercurius answers some GraphQL errors with a non-2xx status and `application/json`; Apollo
 * then raises a bare ServerError. The body is still a GraphQL response, so hand it on as one
 * and keep the `extensions.code` contract intact.
 */
const graphQLErrorBodyLink = new ApolloLink((operation, forward) =>
  (forward(operation) as Observable<ApolloLink.Result>).pipe(
    catchError((error: unknown) => {
      if (ServerError.is(error)) {
        try {
          const body: unknown = JSON.parse(error.bodyText);
          if (
            typeof body === 'object' &&
            body !== null &&
            Array.isArray((body as { errors?: unknown }).errors)
          ) {
            return of(body as ApolloLink.Result);
          }
        } catch {
          // Not JSON: keep the original error.
        }
      }
      return throwError(() => error);
    }),
  ),
);

/**
 * Subscriptions travel over one WebSocket (graphql-ws protocol, which Mercurius speaks) on the
 * same origin, so the session cookie authenticates the upgrade. It connects on the first
 * subscription and retries after a drop (API restart, network change).
 */
function createWebSocketLink(): ApolloLink | null {
  if (typeof window === 'undefined' || typeof WebSocket === 'undefined') return null;
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: `${protocol}//${window.location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
}

export function createApolloClient(options: { onUnauthenticated: () => void }): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (OPERATIONS_WITHOUT_SESSION.has(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      options.onUnauthenticated();
    }
  });

  const httpLink = ApolloLink.from([
    graphQLErrorBodyLink,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);
  const webSocketLink = createWebSocketLink();
  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([
      errorLink,
      webSocketLink
        ? ApolloLink.split(({ query }) => isSubscriptionOperation(query), webSocketLink, httpLink)
        : httpLink,
    ]),
  });
}

/**
 * Called when a non-login operation is rejected as UNAUTHENTICATED. Some operations may use
 * that code for a wrong current password, so ask the server whether the session is really gone
 * before signing the user out of the UI. Writing `me: null` makes the route guard redirect to
 * /login (remembering the page).
 */
export function createSessionExpiryHandler(getClient: () => ApolloClient): () => void {
  let checking = false;
  return () => {
    if (checking) return;
    checking = true;
    const client = getClient();
    void client
      .query({ query: MeDocument, fetchPolicy: 'network-only' })
      .then(async ({ data }) => {
        if (data?.me) return;
        await client.clearStore();
        client.writeQuery({ query: MeDocument, data: { me: null } });
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  };
}
