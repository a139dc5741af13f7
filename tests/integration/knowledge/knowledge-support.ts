import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '../../support/graphql-client';
import type { TestApp } from '../../support/test-app';

/** Fields most assertions need. */
export const POST_FIELDS = `
  id title bodyMarkdown tags status reviewBy needsReview lastReviewedAt publishedAt
  viewCount likeCount likedByMe commentCount revisionCount canEdit
  author { id email } owner { id email } department { id name }
`;

export type Post = {
  id: string;
  title: string;
  bodyMarkdown: string;
  tags: string[];
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  reviewBy: string;
  needsReview: boolean;
  lastReviewedAt: string | null;
  publishedAt: string | null;
  viewCount: number;
  likeCount: number;
  likedByMe: boolean;
  commentCount: number;
  revisionCount: number;
  canEdit: boolean;
  author: { id: string; email: string };
  owner: { id: string; email: string };
  department: { id: string; name: string } | null;
};

export type HistoryLine = {
  points: number;
  kind: string;
  description: string;
  sourceId: string;
  reversesEntryId: string | null;
};

export const key = () => `k-${randomUUID()}`;

export async function signedIn(t: TestApp, email: string): Promise<GraphQLClient> {
  const client = t.client();
  await client.login(email);
  return client;
}

export async function createPost(
  client: GraphQLClient,
  input: Record<string, unknown> = {},
): Promise<Post> {
  const res = await client.ok<{ createKnowledgePost: Post }>(
    `mutation ($input: CreateKnowledgePostInput!) { createKnowledgePost(input: $input) { ${POST_FIELDS} } }`,
    {
      input: {
        title: '議事録要約のコツ',
        bodyMarkdown: '# 手順\n\n1. 録音する',
        tags: ['議事録'],
        ...input,
      },
    },
  );
  return res.createKnowledgePost;
}

export async function transition(
  client: GraphQLClient,
  op: 'publishKnowledgePost' | 'unpublishKnowledgePost' | 'archiveKnowledgePost',
  id: string,
): Promise<Post> {
  const res = await client.ok<Record<string, Post>>(
    `mutation ($id: ID!) { ${op}(id: $id) { ${POST_FIELDS} } }`,
    { id },
  );
  return res[op];
}

export async function publishedPost(
  client: GraphQLClient,
  input: Record<string, unknown> = {},
): Promise<Post> {
  const post = await createPost(client, input);
  return transition(client, 'publishKnowledgePost', post.id);
}

export const RECORD_VIEW =
  'mutation ($postId: ID!, $key: String!) { recordView(postId: $postId, idempotencyKey: $key) { counted viewCount } }';

export function recordView(client: GraphQLClient, postId: string, idempotencyKey = key()) {
  return client.request<{ recordView: { counted: boolean; viewCount: number } }>(RECORD_VIEW, {
    postId,
    key: idempotencyKey,
  });
}

export async function allTimePoints(client: GraphQLClient): Promise<number> {
  const res = await client.ok<{ myPoints: { totals: { kind: string; points: number }[] } }>(
    '{ myPoints { totals { kind points } } }',
  );
  return res.myPoints.totals.find((x) => x.kind === 'ALL_TIME')!.points;
}

export async function history(client: GraphQLClient, first = 100): Promise<HistoryLine[]> {
  const res = await client.ok<{ myPoints: { history: { edges: { node: HistoryLine }[] } } }>(
    `{ myPoints { history(first: ${first}) { edges { node { points kind description sourceId reversesEntryId } } } } }`,
  );
  return res.myPoints.history.edges.map((e) => e.node);
}

export async function ruleOf(
  client: GraphQLClient,
  kind: string,
): Promise<{ points: number; dailyCap: number | null }> {
  const res = await client.ok<{
    pointRules: { rules: { kind: string; points: number; dailyCap: number | null }[] };
  }>('{ pointRules { rules { kind points dailyCap } } }');
  return res.pointRules.rules.find((r) => r.kind === kind)!;
}

/** Rows of one of this module's tables for a post (direct read, to prove nothing was written). */
export async function countRows(
  t: TestApp,
  table: string,
  where: string,
  params: unknown[],
): Promise<number> {
  const rows: { n: string | number }[] = await t.dataSource.query(
    `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return Number(rows[0].n);
}
