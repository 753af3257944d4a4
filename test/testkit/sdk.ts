import WebSocket from 'ws';
import { createClient, type DossierClient } from '@dossier/sdk';
import type { TestServer } from './test-server';

/** The SDK pointed at a server URL; Node 20 has no global WebSocket, so `ws` provides it. */
export const sdkAt = (url: string, apiKey?: string): DossierClient =>
  createClient({ url, webSocket: WebSocket, retry: { initialDelayMs: 100, maxDelayMs: 500 }, ...(apiKey ? { apiKey } : {}) });

/** The SDK, pointed at a test server. */
export const sdkFor = (api: TestServer, apiKey?: string): DossierClient => sdkAt(api.url, apiKey);
