import 'server-only';
// The anatomy of every /api/v1 route handler, in one place: authenticate (a personal API token, or
// the browser session with a same-origin check on writes, since route handlers get no CSRF check of
// their own), check the permission the route registry gives the method, refuse ids that cannot name
// a record (404), parse the query and the JSON body with the feature's zod schemas (415 wrong type,
// 413 too large, 400 with every problem), run the handler, and map its result to HTTP. Nothing is
// written before the input is valid; an unexpected error is logged and answered with a generic 500.
import type { z } from 'zod';
import { authenticateApiToken } from '../api-tokens/queries';
import { can } from '../auth/policy';
import { apiAccess, type TApiPath, type THttpMethod } from '../auth/route-registry';
import { getSessionUser } from '../auth/session';
import { SESSION_COOKIE_NAMES } from '../auth/session-cookie';
import type { TSessionUser } from '../auth/types';
import { toFailure, type TActionResult } from '../errors';
import { isLocale, negotiateLocale, type TLocale } from '../i18n/config';
import { translateKey } from '../i18n/translate';
import { isRecordId } from '../validation';
import { failureResponse, problemResponse, problemsFromZod } from './problems';

/** Larger bodies are refused with 413: the whole questionnaire with notes fits many times over. */
export const MAX_BODY_BYTES = 256 * 1024;
const WRITE_METHODS: readonly THttpMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

export type TApiContext<TQuery, TBody> = {
  user: TSessionUser;
  params: Record<string, string>;
  query: TQuery;
  body: TBody;
  locale: TLocale;
  request: Request;
};

type TApiRouteOptions<TQuerySchema extends z.ZodType, TBodySchema extends z.ZodType> = {
  path: TApiPath;
  method: THttpMethod;
  query?: TQuerySchema;
  body?: TBodySchema;
  /** 201 for creations; 200 otherwise. */
  successStatus?: number;
  handler: (context: TApiContext<z.output<TQuerySchema>, z.output<TBodySchema>>) => Promise<TActionResult<unknown> | Response>;
};

/** Next passes `params` to dynamic routes only. */
type TRouteContext = { params?: Promise<Record<string, string | string[]>> } | undefined;

function localeFor(request: Request, user: TSessionUser | null): TLocale {
  return user && isLocale(user.locale) ? user.locale : negotiateLocale(request.headers.get('accept-language'));
}

function hasSessionCookie(request: Request): boolean {
  const cookie = request.headers.get('cookie') ?? '';
  return SESSION_COOKIE_NAMES.some((name) => cookie.includes(`${name}=`));
}

/** A browser write must come from a page of this site: Origin (or Sec-Fetch-Site) decides. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

type TAuthentication = { user: TSessionUser } | { refused: 401 | 403 };

async function authenticate(request: Request, method: THttpMethod): Promise<TAuthentication> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const user = await authenticateApiToken(authorization);
    return user ? { user } : { refused: 401 };
  }
  if (!hasSessionCookie(request)) return { refused: 401 };
  // A cookie travels with cross-site requests too: a write must come from a page of this site.
  if (WRITE_METHODS.includes(method) && !isSameOrigin(request)) return { refused: 403 };
  const user = await getSessionUser();
  return user ? { user } : { refused: 401 };
}

async function readBody(request: Request): Promise<{ text: string } | { status: 413 }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return { status: 413 };
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { status: 413 };
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}

function isJson(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

export function apiRoute<TQuerySchema extends z.ZodType = z.ZodUndefined, TBodySchema extends z.ZodType = z.ZodUndefined>(
  options: TApiRouteOptions<TQuerySchema, TBodySchema>,
) {
  const access = apiAccess(options.path, options.method);
  return async function handle(request: Request, context: TRouteContext): Promise<Response> {
    let locale = localeFor(request, null);
    try {
      let user: TSessionUser | null = null;
      if (access !== 'public') {
        const authentication = await authenticate(request, options.method);
        if ('refused' in authentication) {
          return failureResponse({ ok: false, code: authentication.refused === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: '' }, locale);
        }
        user = authentication.user;
        locale = localeFor(request, user);
        if (access !== 'authenticated' && !can(user, access.permission)) return failureResponse({ ok: false, code: 'FORBIDDEN', message: '' }, locale);
      }

      const rawParams = (await context?.params) ?? {};
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(rawParams)) {
        const single = Array.isArray(value) ? value.join('/') : value;
        // An id that cannot name a record names no record: the same 404 as another tenant's id.
        if (name.endsWith('Id') && !isRecordId(single)) return failureResponse({ ok: false, code: 'NOT_FOUND', message: '' }, locale);
        params[name] = single;
      }

      let query: unknown = undefined;
      if (options.query) {
        const parsed = options.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return problemResponse(400, { problems: problemsFromZod(parsed.error, locale) });
        query = parsed.data;
      }

      let body: unknown = undefined;
      if (options.body) {
        if (!isJson(request)) {
          return failureResponse({ ok: false, code: 'UNSUPPORTED_MEDIA_TYPE', message: '' }, locale);
        }
        const read = await readBody(request);
        if ('status' in read) return failureResponse({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: '' }, locale);
        let json: unknown;
        try {
          json = JSON.parse(read.text);
        } catch {
          return problemResponse(400, { problems: [{ path: '', code: 'invalid_json', message: translateKey(locale, 'errors.INVALID_JSON') ?? 'The body is not valid JSON.' }] });
        }
        const parsed = options.body.safeParse(json);
        if (!parsed.success) return problemResponse(400, { problems: problemsFromZod(parsed.error, locale) });
        body = parsed.data;
      }

      const result = await options.handler({ user: user!, params, query: query as never, body: body as never, locale, request });
      if (result instanceof Response) return result;
      if (!result.ok) return failureResponse(result, locale);
      return Response.json(result.data, { status: options.successStatus ?? 200, headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      return failureResponse(toFailure(error), locale);
    }
  };
}

/** A handler's "found it" / 404 in the result shape. */
export function found<T>(data: T | null): TActionResult<T> {
  return data === null ? { ok: false, code: 'NOT_FOUND', message: 'Not found' } : { ok: true, data };
}
