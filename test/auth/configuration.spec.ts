import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '@dossier/server';

describe('configuration', () => {
  it('names the bad variable', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), { message: /^Invalid environment variable PORT: / });
    assert.throws(() => loadConfig({ MONGODB_URI: 'postgres://x' }), {
      message: 'Invalid environment variable MONGODB_URI: must start with mongodb:// or mongodb+srv://',
    });
    assert.throws(() => loadConfig({ DOSSIER_API_KEYS: 'admin:0123456789abc' }), {
      message: /^Invalid environment variable DOSSIER_API_KEYS: expected role:key/,
    });
    assert.throws(() => loadConfig({ DOSSIER_API_KEYS: 'editor:short' }), {
      message: 'Invalid environment variable DOSSIER_API_KEYS: the editor key must be at least 12 characters',
    });
  });

  it('requires real API keys in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), { message: 'Invalid environment variable DOSSIER_API_KEYS: required in production' });
    assert.equal(loadConfig({ NODE_ENV: 'production', DOSSIER_API_KEYS: 'editor:0123456789abcdef' }).apiKeys.length, 1);
  });
});
