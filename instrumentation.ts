// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Refuse to start with an unsafe configuration (production: https NEXTAUTH_URL, a real secret of
  // at least 32 random bytes) instead of failing on the first request.
  const { getEnv } = await import('./lib/env');
  try {
    getEnv();
  } catch (error) {
    console.error(`[signet] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // Build the decoy password hash now, not on the first unknown-email sign-in: otherwise that one
  // request would take a hash plus a verify, a timing tell that the account does not exist.
  const { getDecoyHash } = await import('./lib/auth/password');
  await getDecoyHash();
}
