// Local secrets for the demo and test runs when the environment does not provide them: generated
// once per checkout and kept in .data/ (git-ignored, mode 600), so sessions survive a restart of
// `npm run demo`.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DATA_DIR = path.resolve(import.meta.dirname, '..', '..', '.data');

/** A random secret kept in .data/<name> (created 0600; an existing file is tightened to 0600). */
export function persistentSecret(name: string, bytes: number, encoding: 'base64' | 'base64url' = 'base64'): string {
  const file = path.join(DATA_DIR, name);
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 });
  const value = randomBytes(bytes).toString(encoding);
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

/** Secrets every app instance must share (several instances behind one load balancer). */
export function appSecrets(): { NEXTAUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string; SECOND_FACTOR_KEY: string } {
  return {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || persistentSecret('nextauth-secret', 48),
    // Must be a base64-encoded 32-byte AES key.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || persistentSecret('server-actions-key', 32),
    // Seals authenticator secrets at rest (lib/auth/totp-secret-box.ts): a 32-byte AES key, base64.
    SECOND_FACTOR_KEY: process.env.SECOND_FACTOR_KEY || persistentSecret('second-factor-key', 32),
  };
}

/** Puts the app's secrets into this script's own environment too (the demo seed seals authenticator secrets with them). */
export function exportAppSecrets(): void {
  for (const [name, value] of Object.entries(appSecrets())) process.env[name] ||= value;
}

/** The password of the app's own database role (signet_app) in local databases. */
export function appRolePassword(): string {
  return persistentSecret('db-app-password', 24, 'base64url');
}

/** The embedded PostgreSQL's superuser password: per checkout, never a constant. */
export function embeddedPostgresPassword(): string {
  return persistentSecret('postgres-password', 24, 'base64url');
}
