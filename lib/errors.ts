// Typed application errors and the one result shape every server action and API handler returns.
// Expected failures carry a code and, for bad input, every field error keyed by path; unexpected
// ones are logged server-side and reach the user only as a generic message.
import type { z } from 'zod';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'REAUTHENTICATION_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<TErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  REAUTHENTICATION_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: TErrorCode,
    message?: string,
    readonly fieldErrors?: TFieldErrors,
    /** Machine-readable context the caller needs to recover, e.g. the current values behind a CONFLICT. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
  }
}

export type TActionSuccess<T> = { ok: true; data: T };
export type TActionFailure = { ok: false; code: TErrorCode; message: string; fieldErrors?: TFieldErrors; details?: Record<string, unknown> };
export type TActionResult<T = undefined> = TActionSuccess<T> | TActionFailure;

/** Every zod issue, keyed by its dotted path ('' for the whole object). */
export function fieldErrorsFromZod(error: z.ZodError): TFieldErrors {
  const errors: TFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function toFailure(error: unknown): TActionFailure {
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.details ? { details: error.details } : {}),
    };
  }
  console.error('[signet] unexpected error', error);
  return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' };
}
