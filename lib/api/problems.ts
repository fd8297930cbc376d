// The REST API's error body: `{ problems: [{ path, code, message }] }` (plus machine-readable details
// where a client can recover, e.g. the current answers behind a 409). Field errors arrive as catalog
// keys (`validation.tooLong`); the key is the stable code, the message its text in the reader's language.
import type { z } from 'zod';
import { HTTP_STATUS, type TActionFailure, type TFieldErrors } from '../errors';
import type { TLocale } from '../i18n/config';
import { translateKey } from '../i18n/translate';

export type TProblem = { path: string; code: string; message: string };
export type TProblemBody = { problems: TProblem[] } & Record<string, unknown>;

function problemsFromFieldErrors(fieldErrors: TFieldErrors, locale: TLocale): TProblem[] {
  return Object.entries(fieldErrors).flatMap(([path, messages]) =>
    messages.map((message) => {
      const text = translateKey(locale, message);
      return text ? { path, code: message, message: text } : { path, code: 'invalid', message };
    }),
  );
}

export function problemsFromZod(error: z.ZodError, locale: TLocale, prefix = ''): TProblem[] {
  const fieldErrors: TFieldErrors = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return problemsFromFieldErrors(fieldErrors, locale);
}

/** The HTTP response for a failed action: its status, every field problem, and its details. */
export function failureResponse(failure: TActionFailure, locale: TLocale): Response {
  const general = translateKey(locale, `errors.${failure.code}`) ?? failure.message;
  const problems = failure.fieldErrors && Object.keys(failure.fieldErrors).length > 0
    ? problemsFromFieldErrors(failure.fieldErrors, locale)
    : [{ path: '', code: failure.code, message: general }];
  return problemResponse(HTTP_STATUS[failure.code], { problems, ...(failure.details ?? {}) });
}

export function problemResponse(status: number, body: TProblemBody, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
