// The anatomy every server action and API mutation shares: authenticate, check the permission,
// parse the input with zod, run the handler (which applies record-level policy), and return a
// typed result — never a raw exception or a stack trace. Definitions are plain objects so the
// authorization registry test can run every action for every role.
import type { z } from 'zod';
import { AppError, fieldErrorsFromZod, toFailure, type TActionResult } from '../errors';
import { can } from './policy';
import type { TPermission } from './permissions';
import type { TSessionUser } from './types';

export type TActionDefinition<TSchema extends z.ZodType, TOutput> = {
  /** Stable id, e.g. 'user.create'; listed in lib/auth/registry.ts. */
  id: string;
  permission: TPermission;
  input: TSchema;
  handler: (context: { user: TSessionUser; input: z.output<TSchema> }) => Promise<TOutput>;
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
  if (!can(user, definition.permission)) return { ok: false, code: 'FORBIDDEN', message: 'You are not allowed to do this.' };
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
    return toFailure(error);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
