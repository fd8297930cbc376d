// The results page's statement budget (issue 6: at most 10 SQL statements per request). Its data path
// is the request's session user (lib/auth/session.ts; the layout, the page guard and the locale all
// share it, cached per request), the layout's unread-notification count and getResultsForUser. Both run here unchanged against the seeded
// database, on an app client whose pool counts every statement it sends; only the request's cookies
// and headers (next/headers) are supplied by the test: a signed session cookie naming a fresh
// UserSession row, as a signed-in browser sends it.
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ASSESSMENTS, USERS } from '../../../../../prisma/seed/demo-world';
import { getResultsForUser } from '../../../../../lib/assessments/queries';
import { getSessionUser, sessionLifetimes } from '../../../../../lib/auth/session';
import { sessionCookie } from '../../../../../lib/auth/session-cookie';
import { createUserSession } from '../../../../../lib/auth/user-session';
import { createPrismaClient, type PrismaClient } from '../../../../../lib/db/create-client';
import { getEnv, isHttpsDeployment } from '../../../../../lib/env';
import { countUnreadNotificationsForUser } from '../../../../../lib/placement/queries';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
  headers: async () => new Headers({ 'user-agent': 'vitest' }),
}));

const STATEMENT_BUDGET = 10;
const statements: string[] = [];
const globalForPrisma = globalThis as unknown as { signetPrisma?: PrismaClient };
let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2, onQuery: (sql) => statements.push(sql) });
  globalForPrisma.signetPrisma = db;
});
afterAll(async () => {
  delete globalForPrisma.signetPrisma;
  await db.$disconnect();
});

/**
 * A browser signed in as the user (with the second factor, which underwriters need), its last request
 * `lastSeenMsAgo` ago: after a minute the session check also writes lastSeenAt (one UPDATE).
 */
async function signInAs(userId: string, lastSeenMsAgo = 0) {
  const env = getEnv();
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await createUserSession({ db, userId, authMethod: 'PASSWORD_TOTP', lifetimes: sessionLifetimes(), now: new Date(Date.now() - lastSeenMsAgo) });
  const token = await encode({ token: { sub: userId, sid: session.id, stage: 'full', sv: sessionVersion }, secret: env.NEXTAUTH_SECRET! });
  request.cookies.set(sessionCookie(isHttpsDeployment(env)).name, token);
}

describe.each([
  ['broker', USERS.ben.id],
  ['underwriter', USERS.uwe.id],
  ['client', USERS.hansen.id],
])('the %s opening the Hansen results', (persona, userId) => {
  test(`reads the session user and the frozen result in at most ${STATEMENT_BUDGET} SQL statements`, async () => {
    await signInAs(userId);
    statements.length = 0;
    const user = await getSessionUser();
    expect(user?.id).toBe(userId);
    await countUnreadNotificationsForUser({ user: user! });
    const data = await getResultsForUser({ user: user!, assessmentId: ASSESSMENTS.hansen.id });
    expect(data?.result.mode).toBe('final');
    console.info(`results page data path (${persona}): ${statements.length} SQL statements\n  ${statements.map((sql) => sql.replace(/\s+/g, ' ').slice(0, 140)).join('\n  ')}`);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(STATEMENT_BUDGET);
  });
});

async function countResultsRequest(userId: string, lastSeenMsAgo: number): Promise<number> {
  await signInAs(userId, lastSeenMsAgo);
  statements.length = 0;
  const user = await getSessionUser();
  await countUnreadNotificationsForUser({ user: user! });
  expect(await getResultsForUser({ user: user!, assessmentId: ASSESSMENTS.hansen.id })).not.toBeNull();
  return statements.length;
}

// Relations load with JOINs (the relationJoins preview feature in schema.prisma): before, each relation
// was a statement of its own and the first request after a minute's pause, which also refreshes the
// session's lastSeenAt, sent 11.
test('after a minute without requests (the session is touched), the page still stays within the budget', async () => {
  const count = await countResultsRequest(USERS.ben.id, 2 * 60_000);
  console.info(`results page data path after a pause: ${count} SQL statements`);
  expect(count).toBeLessThanOrEqual(STATEMENT_BUDGET);
});

test('after a pause the count is that of a fresh session plus the touch, nothing else', async () => {
  expect(await countResultsRequest(USERS.ben.id, 2 * 60_000)).toBe((await countResultsRequest(USERS.ben.id, 0)) + 1);
});

test('a draft has no results: null (the page answers 404), within the same budget', async () => {
  await signInAs(USERS.ben.id);
  statements.length = 0;
  const user = await getSessionUser();
  expect(await getResultsForUser({ user: user!, assessmentId: ASSESSMENTS.medica.id })).toBeNull();
  expect(statements.length).toBeLessThanOrEqual(STATEMENT_BUDGET);
});
