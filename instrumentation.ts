// Runs once when a server instance starts (Next.js instrumentation hook). The work is Node.js-only
// and lives in its own module, so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./lib/server-start');
    await startServer();
  }
}
