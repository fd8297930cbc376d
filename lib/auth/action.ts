// The anatomy every server action and API mutation shares: authenticate, check the permission,
// parse the input with zod, run the handler (which applies record-level policy), and return a
// typed result — never a raw exception or a stack trace. Definitions are plain objects so the
// authorization registry test can run every action for every role.
import type { z } from 'zod';
import { getDb } from '../db/client';
import { recordSecurityEvent } from '../security-events/record-security-event';
import { getRequestContext } from '../security-events/request-context';
import { AppError, fieldErrorsFromZod, toFailure, type TActionResult } from '../errors';
import { can } from './policy';
import type { TPermission } from './permissions';
import type { TSessionUser } from './types';

/** Sensitive actions want the password (and second factor) confirmed this recently (ASVS 7.5). */
export const RECENT_AUTHENTICATION_MS = 5 * 60 * 1000;

/** Whether the user's browser session signed in or re-authenticated within the last 5 minutes. */
export function hasRecentAuthentication(user: TSessionUser, now = new Date()): boolean {
  return user.session !== undefined && now.getTime() - user.session.lastAuthenticatedAt.getTime() < RECENT_AUTHENTICATION_MS;
}

/** Every refusal of a signed-in user is a security event (access.refused). */
async function recordRefusal(user: TSessionUser, actionId: string, code: 'FORBIDDEN' | 'NOT_FOUND' | 'REAUTHENTICATION_REQUIRED'): Promise<void> {
  const status = code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : 401;
  await recordSecurityEvent({ db: getDb(), type: 'access.refused', user, context: await getRequestContext(), data: { action: actionId, status, code } });
}

export type TActionDefinition<TSchema extends z.ZodType, TOutput> = {
  /** Stable id, e.g. 'user.create'; listed in lib/auth/registry.ts. */
  id: string;
  permission: TPermission;
  input: TSchema;
  handler: (context: { user: TSessionUser; input: z.output<TSchema> }) => Promise<TOutput>;
  /** Admin actions: only with a sign-in or re-authentication in the last 5 minutes. */
  requiresRecentAuthentication?: boolean;
};

export function defineAction<TSchema extends z.ZodType, TOutput>(definition: TActionDefinition<TSchema, TOutput>) {
  return definition;
}

export async function executeAction<TSchema extends z.ZodType, TOutput>(
  definition: TActionDefinition<TSchema, TOutput>,
  user: TSessionUser | null,
  rawInput: unknown,
): Promise<TActionResult<TOutput>> {
  if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Please sign in again.' };
  if (!can(user, definition.permission)) {
    await recordRefusal(user, definition.id, 'FORBIDDEN');
    return { ok: false, code: 'FORBIDDEN', message: 'You are not allowed to do this.' };
  }
  if (definition.requiresRecentAuthentication && !hasRecentAuthentication(user)) {
    await recordRefusal(user, definition.id, 'REAUTHENTICATION_REQUIRED');
    return { ok: false, code: 'REAUTHENTICATION_REQUIRED', message: 'Please confirm your password first.' };
  }
  const parsed = definition.input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, code: 'INVALID_INPUT', message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsFromZod(parsed.error) };
  }
  try {
    return { ok: true, data: await definition.handler({ user, input: parsed.data }) };
  } catch (error) {
    if (!(error instanceof AppError) && isUniqueViolation(error)) {
      return { ok: false, code: 'CONFLICT', message: 'This record already exists.' };
    }
    const failure = toFailure(error);
    if (failure.code === 'FORBIDDEN' || failure.code === 'NOT_FOUND') await recordRefusal(user, definition.id, failure.code);
    return failure;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
