import type { GraphQLClient } from '../../support/graphql-client';
import type { TestApp } from '../../support/test-app';

export const TEMPLATE_FIELDS = `id title description status kind targetTool body reuseCount colleagueCount forkCount canEdit hoursSavedPerMonth
  placeholders { name defaultValue hint } category { id name } author { id displayName } forkedFrom { id title }`;

export type TemplateShape = {
  id: string;
  title: string;
  description: string;
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  kind: string;
  targetTool: string;
  body: string;
  reuseCount: number;
  colleagueCount: number;
  forkCount: number;
  canEdit: boolean;
  hoursSavedPerMonth: number;
  placeholders: { name: string; defaultValue: string | null; hint: string | null }[];
  category: { id: string; name: string };
  author: { id: string; displayName: string };
  forkedFrom: { id: string; title: string } | null;
};

export const CREATE_TEMPLATE = `mutation Create($input: CreateTemplateInput!) { createTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
export const PUBLISH_TEMPLATE = `mutation Publish($id: ID!) { publishTemplate(id: $id) { ${TEMPLATE_FIELDS} } }`;
export const ARCHIVE_TEMPLATE = `mutation Archive($id: ID!) { archiveTemplate(id: $id) { ${TEMPLATE_FIELDS} } }`;
export const GET_TEMPLATE = `query Get($id: ID!) { template(id: $id) { ${TEMPLATE_FIELDS} } }`;
export const FORK_TEMPLATE = `mutation Fork($id: ID!, $key: String!) { forkTemplate(id: $id, idempotencyKey: $key) { ${TEMPLATE_FIELDS} } }`;
export const RECORD_REUSE = `mutation Reuse($id: ID!, $key: String!, $values: [PlaceholderValueInput!]) {
  recordTemplateReuse(templateId: $id, idempotencyKey: $key, values: $values) { counted reuseCount colleagueCount filledPrompt }
}`;
export const CATEGORIES = '{ templateCategories { id name sortOrder } }';

export type ReuseShape = {
  counted: boolean;
  reuseCount: number;
  colleagueCount: number;
  filledPrompt: string | null;
};

export async function signedIn(
  t: TestApp,
  email: string,
  password?: string,
): Promise<GraphQLClient> {
  const client = t.client();
  await client.login(email, password);
  return client;
}

export async function firstCategoryId(client: GraphQLClient): Promise<string> {
  const { templateCategories } = await client.ok<{ templateCategories: { id: string }[] }>(
    CATEGORIES,
  );
  return templateCategories[0].id;
}

export async function createTemplate(
  client: GraphQLClient,
  input: Record<string, unknown> & { categoryId: string },
): Promise<TemplateShape> {
  const { createTemplate: created } = await client.ok<{ createTemplate: TemplateShape }>(
    CREATE_TEMPLATE,
    {
      input: {
        title: '議事録要約',
        description: '会議メモから要点と宿題を抜き出します。',
        kind: 'FILL_IN',
        targetTool: 'CHATGPT',
        body: '{{会議名}}の議事録を{{文字数|300|例: 300}}字で要約してください。\n{{メモ}}',
        ...input,
      },
    },
  );
  return created;
}

export async function publishedTemplate(
  client: GraphQLClient,
  input: Record<string, unknown> & { categoryId: string },
): Promise<TemplateShape> {
  const draft = await createTemplate(client, input);
  const { publishTemplate } = await client.ok<{ publishTemplate: TemplateShape }>(
    PUBLISH_TEMPLATE,
    { id: draft.id },
  );
  return publishTemplate;
}

export type MyPointsShape = {
  myPoints: {
    totals: { kind: string; points: number }[];
    history: { edges: { node: { points: number; kind: string; description: string } }[] };
  };
};

export async function myPoints(client: GraphQLClient): Promise<MyPointsShape['myPoints']> {
  const { myPoints: points } = await client.ok<MyPointsShape>(
    '{ myPoints { totals { kind points } history(first: 50) { edges { node { points kind description } } } } }',
  );
  return points;
}

export async function allTimePoints(client: GraphQLClient): Promise<number> {
  return (await myPoints(client)).totals.find((x) => x.kind === 'ALL_TIME')!.points;
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const rows: { n: number | string }[] = await t.dataSource.query(
    `SELECT COUNT(*) AS n FROM ${table}`,
  );
  return Number(rows[0].n);
}
