// What a server instance does once when it starts (Node.js runtime only; instrumentation.ts calls it).
import { getDecoyHash } from './auth/password';
import { getEnv } from './env';

export async function startServer(): Promise<void> {
  // Refuse to start with an unsafe configuration (production: https NEXTAUTH_URL, a real secret of
  // at least 32 random bytes) instead of failing on the first request.
  try {
    getEnv();
  } catch (error) {
    console.error(`[signet] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // Build the decoy password hash now, not on the first unknown-email sign-in: otherwise that one
  // request would take a hash plus a verify, a timing tell that the account does not exist.
  await getDecoyHash();
}
