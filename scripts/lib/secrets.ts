// Local secrets for the demo and test runs when the environment does not provide them: generated
// once and kept in .data/ (git-ignored, mode 600), so sessions survive a restart of `npm run demo`.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './database';

function persistentSecret(name: string, bytes: number): string {
  const dir = path.join(PROJECT_ROOT, '.data');
  const file = path.join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const value = randomBytes(bytes).toString('base64');
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

/** Secrets every app instance must share (several instances behind one load balancer). */
export function appSecrets(): { NEXTAUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string } {
  return {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || persistentSecret('nextauth-secret', 48),
    // Must be a base64-encoded 32-byte AES key.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || persistentSecret('server-actions-key', 32),
  };
}
