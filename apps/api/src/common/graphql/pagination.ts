import { Field, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from './app-errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 200;

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw BadUserInputError.field(
      'first',
      'first.outOfRange',
      `first must be between 1 and ${MAX_PAGE_SIZE}`,
    );
  }
}

/** Opaque keyset cursors: base64url of a JSON tuple of the sort key. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed;
    }
  } catch {
    // fall through
  }
  throw BadUserInputError.field('after', 'cursor.invalid', 'The pagination cursor is invalid');
}
