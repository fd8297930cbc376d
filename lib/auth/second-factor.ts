// Enrolment and checks of the second factor (TOTP + recovery codes), against the database.
// Codes are single-use: the accepted TOTP step and a recovery code's use are claimed with a
// conditional UPDATE, so two requests racing with the same code cannot both pass.
import QRCode from 'qrcode';
import type { Prisma, PrismaClient } from '../db/generated/client';
import { getEnv } from '../env';
import { AppError } from '../errors';
import { createRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { checkTotpCode, createTotpSecret, totpUri } from './totp';
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret, totpSecretKey } from './totp-secret-box';

/** The configured key for authenticator secrets (null in a local setup without one: secrets stay as they are). */
const configuredKey = () => totpSecretKey(getEnv().SECOND_FACTOR_KEY);

type TDb = PrismaClient | Prisma.TransactionClient;

export type TEnrolment = { secret: string; uri: string; qrSvg: string };

export async function hasSecondFactor(options: { db: TDb; userId: string }): Promise<boolean> {
  const credential = await options.db.totpCredential.findUnique({ where: { userId: options.userId }, select: { confirmedAt: true } });
  return Boolean(credential?.confirmedAt);
}

/**
 * Starts enrolment with a new unconfirmed secret (replacing an unconfirmed one). A confirmed
 * authenticator is never replaced here: it is removed first (by its owner where optional, by an
 * admin's "reset access" otherwise).
 */
export async function startTotpEnrolment(options: { db: TDb; userId: string; email: string }): Promise<TEnrolment> {
  if (await hasSecondFactor(options)) throw new AppError('CONFLICT', 'An authenticator is already set up.');
  const secret = createTotpSecret();
  const sealed = sealTotpSecret({ secret, userId: options.userId, key: configuredKey() });
  await options.db.totpCredential.upsert({
    where: { userId: options.userId },
    create: { userId: options.userId, secret: sealed },
    update: { secret: sealed, confirmedAt: null, lastUsedStep: null, createdAt: new Date() },
  });
  const uri = totpUri({ secret, accountName: options.email });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, uri, qrSvg };
}

/** Confirms the pending secret with a first code. Returns false for a wrong code. */
export async function confirmTotpEnrolment(options: { db: TDb; userId: string; code: string; now?: Date }): Promise<boolean> {
  const now = options.now ?? new Date();
  const pending = await options.db.totpCredential.findUnique({ where: { userId: options.userId }, select: { secret: true, confirmedAt: true } });
  if (!pending || pending.confirmedAt) return false;
  const check = checkTotpCode({ secret: openTotpSecret({ stored: pending.secret, userId: options.userId, key: configuredKey() }), code: options.code, now, lastUsedStep: null });
  if (!check.ok) return false;
  const { count } = await options.db.totpCredential.updateMany({
    where: { userId: options.userId, confirmedAt: null, secret: pending.secret },
    data: { confirmedAt: now, lastUsedStep: check.step },
  });
  return count === 1;
}

/** Replaces the user's recovery codes with ten new ones, returned once in plain text. */
export async function replaceRecoveryCodes(options: { db: TDb; userId: string }): Promise<string[]> {
  const codes = createRecoveryCodes();
  await options.db.recoveryCode.deleteMany({ where: { userId: options.userId } });
  await options.db.recoveryCode.createMany({ data: codes.map((code) => ({ userId: options.userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

export async function countUnusedRecoveryCodes(options: { db: TDb; userId: string }): Promise<number> {
  return options.db.recoveryCode.count({ where: { userId: options.userId, usedAt: null } });
}

/** Removes the authenticator and the recovery codes (owner where optional, or an admin's reset). */
export async function removeSecondFactor(options: { db: TDb; userId: string }): Promise<void> {
  await options.db.recoveryCode.deleteMany({ where: { userId: options.userId } });
  await options.db.totpCredential.deleteMany({ where: { userId: options.userId } });
}

export type TSecondFactorCheck = { ok: true; method: 'totp' | 'recovery_code' } | { ok: false; reason: 'invalid' | 'replayed' | 'not_enrolled' };

/** Checks a TOTP code or a recovery code of an enrolled user, and uses it up. */
export async function verifySecondFactor(options: { db: TDb; userId: string; code: string; now?: Date }): Promise<TSecondFactorCheck> {
  const now = options.now ?? new Date();
  const credential = await options.db.totpCredential.findUnique({ where: { userId: options.userId }, select: { secret: true, confirmedAt: true, lastUsedStep: true } });
  if (!credential?.confirmedAt) return { ok: false, reason: 'not_enrolled' };

  if (looksLikeRecoveryCode(options.code)) {
    const { count } = await options.db.recoveryCode.updateMany({
      where: { userId: options.userId, codeHash: hashRecoveryCode(options.code), usedAt: null },
      data: { usedAt: now },
    });
    return count === 1 ? { ok: true, method: 'recovery_code' } : { ok: false, reason: 'invalid' };
  }

  const key = configuredKey();
  const check = checkTotpCode({ secret: openTotpSecret({ stored: credential.secret, userId: options.userId, key }), code: options.code, now, lastUsedStep: credential.lastUsedStep });
  if (!check.ok) return check;
  // Claim the step: only one request can move lastUsedStep to it. A secret stored before sealing
  // existed is sealed now that it has proved itself.
  const reseal = key && !isSealedTotpSecret(credential.secret) ? { secret: sealTotpSecret({ secret: credential.secret, userId: options.userId, key }) } : {};
  const { count } = await options.db.totpCredential.updateMany({
    where: { userId: options.userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] },
    data: { lastUsedStep: check.step, ...reseal },
  });
  return count === 1 ? { ok: true, method: 'totp' } : { ok: false, reason: 'replayed' };
}
