export type GraphQLErrorShape = {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fields?: { field: string; code: string; message: string }[];
    retryAfterSeconds?: number;
  };
};

export type GraphQLResponse<T> = {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
};

/** A GraphQL-over-HTTP client with a cookie jar, as a browser would be. */
export class GraphQLClient {
  private cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    init: { headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...init.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      const [, value] = pair.split('=');
      this.cookie = value ? pair : null;
    }
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: res.headers,
    };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) {
      throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`);
    }
    return res.data as T;
  }

  async login(email: string, password = 'chienowa-demo'): Promise<void> {
    await this.ok(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      { email, password },
    );
  }
}

export function errorCode(res: { errors?: GraphQLErrorShape[] }): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
