import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context/context';
import { GraphQLErrorWithCode } from '../errors/errors';
import type { OperationReport } from '../context/context';
import { outcomeOf, requestIdOf, type OperationReports } from './operation-reports';

/** Request bodies past this size are refused before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface GraphqlHandlerOptions {
  /** Who is asking; throws UNAUTHENTICATED (HTTP 401) for a key that matches none. */
  readonly contextFor: (request: IncomingMessage) => Context;
  /** Spends one request of the client's budget; throws RATE_LIMITED (HTTP 429). */
  readonly spendRequest: (context: Context) => Promise<void>;
  /** Runs one operation, within its deadline, as its context's key. */
  readonly run: <T>(task: () => Promise<T>, context: Context) => Promise<T>;
  /** Where each request's line goes once answered. */
  readonly reports: OperationReports;
}

/** Serves Apollo Server on a plain Node `http` request, so WebSockets can share the port. */
export function graphqlHandler(apollo: ApolloServer<Context>, options: GraphqlHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const report = options.reports.begin(requestIdOf(request), 'http');
    response.setHeader('x-request-id', report.requestId);
    try {
      await serve(request, response, report);
    } catch (error) {
      report.code = 'INTERNAL_SERVER_ERROR';
      throw error;
    } finally {
      options.reports.finish(report);
    }
  };

  async function serve(request: IncomingMessage, response: ServerResponse, report: OperationReport): Promise<void> {
    let context: Context;
    try {
      context = options.reports.attach(report, options.contextFor(request));
      await options.spendRequest(context);
    } catch (error) {
      if (error instanceof GraphQLErrorWithCode) {
        Object.assign(report, outcomeOf([{ message: error.message, extensions: error.extensions }]));
        sendRefusal(response, error);
        return;
      }
      throw error;
    }
    const body = await readBody(request);
    if (body === undefined) {
      report.code = 'BAD_USER_INPUT';
      sendJson(response, 413, { errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown;
    if (body.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        report.code = 'BAD_REQUEST';
        sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const result = await options.run(
      () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsedBody },
          context: async () => context,
        }),
      context,
    );
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A request refused before any operation: the error, with its HTTP status and headers. */
function sendRefusal(response: ServerResponse, error: GraphQLErrorWithCode): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } } & Record<string, unknown>;
  for (const [name, value] of http?.headers ?? []) response.setHeader(name, value);
  sendJson(response, http?.status ?? 400, { errors: [{ message: error.message, extensions }] });
}

export function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(payload));
}
