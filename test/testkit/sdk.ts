import { createClient, type DossierClient } from '@dossier/sdk';
import type { TestServer } from './test-server';

/** The SDK, pointed at a test server. */
export const sdkFor = (api: TestServer, apiKey?: string): DossierClient => createClient({ url: api.url, ...(apiKey ? { apiKey } : {}) });
