// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Build the decoy password hash now, not on the first unknown-email sign-in: otherwise that one
  // request would take a hash plus a verify, a timing tell that the account does not exist.
  const { getDecoyHash } = await import('./lib/auth/password');
  await getDecoyHash();
}
