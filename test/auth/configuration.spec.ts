import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { loadConfig } from '@dossier/server';

const CONFIG_CLI = path.resolve(__dirname, '../../../server/dist/cli/config.cli.js');

/** Runs the program behind `npm run config` with exactly the given environment. */
async function printConfig(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [CONFIG_CLI], { env: { PATH: process.env.PATH ?? '', ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('configuration', () => {
  it('names the bad variable', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), { message: /^Invalid environment variable PORT: / });
    assert.throws(() => loadConfig({ HOST: '999.1.1.1' }), {
      message: 'Invalid environment variable HOST: an IP address of this machine (127.0.0.1, ::1, 0.0.0.0 for all) or a host name (localhost)',
    });
    assert.equal(loadConfig({ HOST: '::1' }).host, '::1');
    assert.equal(loadConfig({ HOST: 'localhost' }).host, 'localhost');
    assert.throws(() => loadConfig({ MONGODB_URI: 'postgres://x' }), {
      message: 'Invalid environment variable MONGODB_URI: must start with mongodb:// or mongodb+srv://',
    });
    assert.throws(() => loadConfig({ DOSSIER_API_KEYS: 'admin:0123456789abc' }), {
      message: /^Invalid environment variable DOSSIER_API_KEYS: expected \[name=\]role:key/,
    });
    assert.throws(() => loadConfig({ DOSSIER_API_KEYS: 'bad name=editor:0123456789abc' }), {
      message: 'Invalid environment variable DOSSIER_API_KEYS: a key name is 1 to 40 letters, digits, _ . or -, got "bad name"',
    });
    assert.throws(() => loadConfig({ LOG_LEVEL: 'verbose' }), {
      message: 'Invalid environment variable LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent"',
    });
    assert.throws(() => loadConfig({ METRICS_TOKEN: 'short' }), { message: 'Invalid environment variable METRICS_TOKEN: at least 16 characters' });
    assert.throws(() => loadConfig({ DOSSIER_API_KEYS: 'editor:short' }), {
      message: 'Invalid environment variable DOSSIER_API_KEYS: the editor key must be at least 12 characters',
    });
  });

  it('names API keys for logs and metrics: name=role:key, or the role alone', () => {
    const keys = loadConfig({ DOSSIER_API_KEYS: 'importer=editor:0123456789abcdef,reader:fedcba9876543210' }).apiKeys;
    assert.deepEqual(
      keys.map((key) => [key.name, key.role]),
      [
        ['importer', 'EDITOR'],
        ['reader', 'READER'],
      ],
    );
  });

  it('requires real API keys in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), { message: 'Invalid environment variable DOSSIER_API_KEYS: required in production' });
    assert.equal(loadConfig({ NODE_ENV: 'production', DOSSIER_API_KEYS: 'editor:0123456789abcdef' }).apiKeys.length, 1);
  });

  it('prints the effective configuration with secrets masked (npm run config)', async () => {
    const run = await printConfig({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      DOSSIER_API_KEYS: 'importer=editor:editor-secret-0123,reader:reader-secret-0123',
      METRICS_TOKEN: 'metrics-secret-0123456789',
      MONGODB_URI: 'mongodb://dossier:db-password@db.internal:27017/?replicaSet=rs0',
      DOSSIER_DATA_DIR: '/var/lib/dossier',
    });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    const line = (name: string) => lines.find((candidate) => candidate.startsWith(`${name} `))?.replace(/ {2,}/g, '  ');
    assert.equal(line('HOST'), 'HOST  0.0.0.0  (set)');
    assert.equal(line('PORT'), 'PORT  4000  (default)');
    assert.equal(line('DOSSIER_API_KEYS'), 'DOSSIER_API_KEYS  importer=editor:ed****,reader:re****  (set)');
    assert.equal(line('METRICS_TOKEN'), 'METRICS_TOKEN  me****  (set)');
    assert.equal(line('LOG_LEVEL'), 'LOG_LEVEL  info  (default)');
    assert.equal(line('MONGODB_URI'), 'MONGODB_URI  mongodb://do****@db.internal:27017/?replicaSet=rs0  (set)');
    assert.equal(line('DOSSIER_PLAYGROUND'), 'DOSSIER_PLAYGROUND  false  (default)');
    assert.equal(lines.length, 25, 'one line per variable');
    assert.ok(!run.stdout.includes('secret-0123') && !run.stdout.includes('db-password'), 'no secret is printed');
  });

  it('refuses a bad variable in one line (npm run config)', async () => {
    const run = await printConfig({ HOST: '999.1.1.1' });
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      'Dossier could not start: Invalid environment variable HOST: an IP address of this machine (127.0.0.1, ::1, 0.0.0.0 for all) or a host name (localhost)\n',
    );
  });
});
