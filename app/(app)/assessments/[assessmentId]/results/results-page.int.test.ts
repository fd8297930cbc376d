// The results page's statement budget (issue 6: at most 10 SQL statements per request). Its data path
// is the request's session user (lib/auth/session.ts; the layout, the page guard and the locale all
// share it, cached per request) and getResultsForUser. Both run here unchanged against the seeded
// database, on an app client whose pool counts every statement it sends; only next-auth's cookie
// reading is replaced, by the session it would decode.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ASSESSMENTS, USERS } from '../../../../../prisma/seed/demo-world';
import { getResultsForUser } from '../../../../../lib/assessments/queries';
import { getSessionUser } from '../../../../../lib/auth/session';
import { createPrismaClient, type PrismaClient } from '../../../../../lib/db/create-client';

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sessionVersion: number }; expires: string } }));
vi.mock('next-auth', () => ({ getServerSession: async () => session.current }));

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

async function signInAs(userId: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  session.current = { user: { id: userId, sessionVersion }, expires: new Date(Date.now() + 60_000).toISOString() };
}

describe.each([
  ['broker', USERS.ben.id],
  ['underwriter', USERS.uwe.id],
  ['client', USERS.hansen.id],
])('the %s opening the Hansen results', (_persona, userId) => {
  test(`reads the session user and the frozen result in at most ${STATEMENT_BUDGET} SQL statements`, async () => {
    await signInAs(userId);
    statements.length = 0;
    const user = await getSessionUser();
    expect(user?.id).toBe(userId);
    const data = await getResultsForUser({ user: user!, assessmentId: ASSESSMENTS.hansen.id });
    expect(data?.result.mode).toBe('final');
    console.info(`results page data path (${_persona}): ${statements.length} SQL statements\n  ${statements.map((sql) => sql.replace(/\s+/g, ' ').slice(0, 140)).join('\n  ')}`);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(STATEMENT_BUDGET);
  });
});

test('a draft has no results: null (the page answers 404), within the same budget', async () => {
  await signInAs(USERS.ben.id);
  statements.length = 0;
  const user = await getSessionUser();
  expect(await getResultsForUser({ user: user!, assessmentId: ASSESSMENTS.medica.id })).toBeNull();
  expect(statements.length).toBeLessThanOrEqual(STATEMENT_BUDGET);
});
