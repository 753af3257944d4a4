import assert from 'node:assert/strict';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLErrorShape[];
}

export interface RequestOptions {
  apiKey?: string;
  /** More request headers (`x-request-id`). */
  headers?: Record<string, string>;
}

/** Posts one operation; returns the HTTP status and the parsed body. */
export async function postGraphQL<TData>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}), ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

const describeCall = (query: string, variables: Record<string, unknown>, response: unknown): string =>
  `\n--- query\n${query.trim()}\n--- variables\n${JSON.stringify(variables, null, 2)}\n--- response\n${JSON.stringify(response, null, 2)}`;

/** Data of a call that must succeed; on errors the message shows the query and the response. */
export function dataOf<TData>(response: GraphQLResponse<TData>, query: string, variables: Record<string, unknown> = {}): TData {
  if (response.errors?.length || !response.data) assert.fail(`expected data without errors${describeCall(query, variables, response)}`);
  return response.data;
}

/** The single error of a call that must fail with `code` (and `field` when given). */
export function errorOf(
  response: GraphQLResponse<unknown>,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): GraphQLErrorShape {
  const error = response.errors?.[0];
  if (!error || response.errors!.length !== 1 || error.extensions?.code !== code || (field !== undefined && error.extensions?.field !== field)) {
    assert.fail(`expected one ${code} error${field ? ` on ${field}` : ''}${describeCall(query, variables, response)}`);
  }
  return error;
}
