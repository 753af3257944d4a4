// `npm run setup`: installs the workspace's packages when its manifests changed since the
// last install (or nothing is installed), so that a warm `npm start` does not spend seconds
// asking npm whether anything changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MANIFESTS = ['package.json', 'package-lock.json', 'server/package.json', 'sdk/package.json', 'test/package.json'];
const stamp = path.join(root, 'node_modules', '.dossier-installed');

/** What the installed packages depend on: the manifests, and the Node version they were installed for. */
function digest() {
  const hash = createHash('sha256').update(process.version);
  for (const manifest of MANIFESTS) {
    const file = path.join(root, manifest);
    hash.update(manifest).update(fs.existsSync(file) ? fs.readFileSync(file) : '');
  }
  return hash.digest('hex');
}

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest()) process.exit(0);
const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);
// Taken after the install, which may rewrite the lock file.
fs.writeFileSync(stamp, digest());
