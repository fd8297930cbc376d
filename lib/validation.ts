// Building blocks shared by every input schema. Messages are catalog keys under `validation.*`.
import { z } from 'zod';

/**
 * Record ids are cuids or the demo world's readable ids: letters, digits, `_` and `-`. Anything else
 * (a NUL byte from `%00` in a URL, a path, 10 kB of text) cannot name a record, so it is refused
 * before it reaches PostgreSQL — which would otherwise answer a NUL byte with an error, not "no row".
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value);
}

export function zRecordId(message = 'validation.invalid') {
  return z.string(message).regex(RECORD_ID_PATTERN, message);
}

/** No control characters (NUL, line breaks, escapes) in one-line text such as names. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function zSingleLineText(options: { min: number; max: number; tooShort: string }) {
  return z
    .string(options.tooShort)
    .trim()
    .min(options.min, options.tooShort)
    .max(options.max, 'validation.tooLong')
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'validation.controlCharacters');
}
