// Authenticator codes for the e2e personas, computed per RFC 6238 from the published demo secrets
// (or a secret read from the enrolment page) — never a bypass. A code is accepted once per time
// step, so before using one we ask the database which step the account used last and take the next
// unused step in the ±1 window, waiting for the clock to reach it when all are used.
import pg from 'pg';
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from '../lib/auth/totp';

async function lastUsedStep(email: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ step: number | null }>(
      'SELECT t."lastUsedStep" AS step FROM "TotpCredential" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1',
      [email],
    );
    return rows[0]?.step ?? null;
  } finally {
    await client.end();
  }
}

/** A code the server will accept now for this account: a step after the last one used. */
export async function freshTotpCode(options: { email: string; secret: string }): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = totpStep(new Date(now));
    const used = await lastUsedStep(options.email);
    const step = used === null || used < current ? current : used + 1;
    if (step <= current + 1) return totpCode({ secret: options.secret, now: new Date(step * TOTP_PERIOD_SECONDS * 1000 + 1_000) });
    // Both the current and the next step are used up: wait for the clock to move to the next step.
    await new Promise((resolve) => setTimeout(resolve, (current + 1) * TOTP_PERIOD_SECONDS * 1000 - now + 50));
  }
}
