import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../metrics/metrics';
import { sendError } from './routes';

const digestOf = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * `GET /metrics` in Prometheus' text format. With a token configured, only a request
 * bearing it is answered (compared in constant time); without one, anyone who can reach
 * the port can read the counts (names of operations and keys, no data).
 */
export function serveMetrics(metrics: Metrics, token: string | undefined) {
  const expected = token === undefined ? undefined : digestOf(`Bearer ${token}`);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (expected && !timingSafeEqual(digestOf(request.headers.authorization ?? ''), expected)) {
      response.setHeader('www-authenticate', 'Bearer');
      sendError(response, 401, 'UNAUTHENTICATED', 'The metrics need `Authorization: Bearer <METRICS_TOKEN>`');
      return;
    }
    const text = await metrics.registry.metrics();
    response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
  };
}
