// Building blocks shared by every input schema. Messages are catalog keys under `validation.*`.
import { z } from 'zod';

/**
 * Record ids are cuids or the demo world's readable ids: letters, digits, `_` and `-`. Anything else
 * (a NUL byte from `%00` in a URL, a path, 10 kB of text) cannot name a record, so it is refused
 * before it reaches PostgreSQL — which would otherwise answer a NUL byte with an error, not "no row".
 */
const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value);
}

export function zRecordId(message = 'validation.invalid') {
  return z.string(message).regex(RECORD_ID_PATTERN, message);
}

/**
 * No control characters in one-line text such as names: C0/C1 controls (NUL, line breaks, escapes),
 * line/paragraph separators, and bidirectional overrides/isolates, which can make a name display as
 * something else (e.g. U+202E reverses the text after it). Zero-width joiners stay allowed: some
 * scripts and emoji need them.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * What PostgreSQL's text and jsonb cannot hold, and no person types: NUL and the other C0 controls
 * (tabs and line breaks excepted), and lone UTF-16 surrogates (which no valid text contains).
 */
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Free text over several lines (notes): any printable text and line breaks, nothing the database would refuse. */
export function zMultiLineText(options: { max: number }) {
  return z
    .string()
    .max(options.max, 'validation.tooLong')
    .refine((value) => !UNSTORABLE.test(value), 'validation.controlCharacters');
}

/** The page number of a paged list (1-based; a hand-edited URL cannot ask for the millionth page). */
export function zListPage() {
  return z.coerce.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid').max(100_000, 'validation.invalid').default(1);
}

/** A list's page size: one of the sizes its pager offers. */
export function zListPageSize(sizes: readonly number[], defaultSize: number) {
  return z.coerce
    .number('validation.invalid')
    .refine((size) => sizes.includes(size), 'validation.pageSize')
    .default(defaultSize);
}

/** A search term: one line of text without control characters (a NUL would reach PostgreSQL as an error). */
export function zSearchTerm() {
  return z
    .string()
    .trim()
    .max(100, 'validation.tooLong')
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !UNSTORABLE.test(value), 'validation.controlCharacters');
}

export function zSingleLineText(options: { min: number; max: number; tooShort: string }) {
  return z
    .string(options.tooShort)
    .trim()
    .min(options.min, options.tooShort)
    .max(options.max, 'validation.tooLong')
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'validation.controlCharacters');
}

/**
 * Parses URL search parameters for a page: a parameter that fails its schema is dropped (and gets its
 * default) instead of failing the page — a hand-edited `?page=abc` shows page 1. The API parses the
 * same schema strictly and answers 400.
 */
export function parseSearchParams<TSchema extends z.ZodObject>(schema: TSchema, params: Record<string, string | string[] | undefined>): z.output<TSchema> {
  const single: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '' && key in schema.shape) single[key] = first;
  }
  const parsed = schema.safeParse(single);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete single[String(issue.path[0])];
  return schema.parse(single);
}
