import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { INestApplication } from '@nestjs/common';
import { lexicographicSortSchema, printSchema } from 'graphql';

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# Regenerate with: npm run schema:generate
# ------------------------------------------------------
`;

/** The SDL committed as apps/api/schema.graphql, printed from the running app's schema. */
export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
