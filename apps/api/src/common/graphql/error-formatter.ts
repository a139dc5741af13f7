import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from './app-errors';

type Logger = { error: (obj: unknown, msg?: string) => void };

/** Maps any error that reaches GraphQL to a client-safe shape with a stable code. */
export function formatGraphQLError(error: GraphQLError, logger?: Logger): GraphQLFormattedError {
  const original = error.originalError;
  const base = { message: error.message, locations: error.locations, path: error.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.extensions() },
    };
  }
  // Mercurius' own request errors (CSRF prevention, malformed body, query depth) are the client's.
  const mercurius = original as { code?: unknown; statusCode?: unknown } | undefined;
  if (
    typeof mercurius?.code === 'string' &&
    mercurius.code.startsWith('MER_ERR_') &&
    mercurius.statusCode === 400
  ) {
    return { ...base, message: original!.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // Errors raised by GraphQL itself (syntax, validation, variable coercion such as an unknown
  // enum value in the variables) are the client's. Variable coercion happens before execution,
  // so those errors have no path; errors thrown while resolving a field have one.
  if (!original || original instanceof GraphQLError) {
    const code = error.extensions?.code;
    if (
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'GRAPHQL_PARSE_FAILED' ||
      !original ||
      !error.path
    ) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    }
  }
  logger?.error(
    { err: original ?? error, path: error.path },
    'unexpected error in GraphQL operation',
  );
  return {
    message: 'Internal server error',
    locations: error.locations,
    path: error.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
