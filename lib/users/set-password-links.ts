// One-time set-password links (ASVS 6.4): an admin never knows a user's password. A link carries a
// 256-bit random token; only its SHA-256 is stored. It expires after 24 hours, works once, and a
// newer link for the same user revokes the older ones.
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '../db/generated/client';

export const SET_PASSWORD_LINK_TTL_MS = 24 * 60 * 60 * 1000;
export type TLinkPurpose = 'new_account' | 'reset';

type TDb = Prisma.TransactionClient;

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The path of the page that takes the token (in the fragment, so it never reaches server logs). */
export function setPasswordPath(token: string): string {
  return `/set-password#token=${token}`;
}

export async function issueSetPasswordLink(options: { db: TDb; userId: string; purpose: TLinkPurpose; createdById: string | null; now?: Date }): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  await options.db.setPasswordToken.updateMany({ where: { userId: options.userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_TTL_MS);
  await options.db.setPasswordToken.create({
    data: { userId: options.userId, tokenHash: hashLinkToken(token), purpose: options.purpose, expiresAt, createdById: options.createdById, createdAt: now },
  });
  return { token, expiresAt };
}

export type TOpenLink = { id: string; userId: string; purpose: string };

/** The link behind a token if it can still be used at `now`, else null (unknown, used, replaced or expired). */
export async function findOpenLink(options: { db: TDb; token: string; now?: Date }): Promise<TOpenLink | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(options.token)) return null;
  const now = options.now ?? new Date();
  return options.db.setPasswordToken.findFirst({
    where: { tokenHash: hashLinkToken(options.token), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true, purpose: true },
  });
}

/** Uses the link up; false if another request got there first (or it ran out meanwhile). */
export async function claimLink(options: { db: TDb; id: string; now?: Date }): Promise<boolean> {
  const now = options.now ?? new Date();
  const { count } = await options.db.setPasswordToken.updateMany({ where: { id: options.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}
