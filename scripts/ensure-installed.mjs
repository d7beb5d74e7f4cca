// First step of `npm run demo`: install the locked dependencies when they are missing or stale.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Memasang dependensi (npm install)…');
  // Not `npm ci`: see .ci/run for why the lock file cannot satisfy it on this registry.
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
