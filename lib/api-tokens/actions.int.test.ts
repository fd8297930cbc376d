import { afterAll, expect, test } from 'vitest';
import { USERS } from '../../prisma/seed/demo-world';
import { executeAction } from '../auth/action';
import { createPrismaClient } from '../db/create-client';
import { loadSessionUser } from '../testing/session-user';
import { createApiToken } from './actions';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
afterAll(() => db.$disconnect());

test('a token is minted only after a recent sign-in or confirmation; a stale session creates nothing', async () => {
  const name = `Stale ${Date.now()}`;
  const stale = await loadSessionUser(db, USERS.ben.email, { authenticatedAt: new Date(Date.now() - 6 * 60_000) });
  expect(await executeAction(createApiToken, stale, { name, expiresInDays: 30 })).toMatchObject({ ok: false, code: 'REAUTHENTICATION_REQUIRED' });
  expect(await db.apiToken.count({ where: { name } })).toBe(0);

  const fresh = await loadSessionUser(db, USERS.ben.email);
  expect(await executeAction(createApiToken, fresh, { name, expiresInDays: 30 })).toMatchObject({ ok: true, data: { name } });
  expect(await db.apiToken.count({ where: { name, userId: USERS.ben.id } })).toBe(1);
});
