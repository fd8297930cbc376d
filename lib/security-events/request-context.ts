import 'server-only';
import { headers } from 'next/headers';
import { trustedClientIp } from '../auth/client-ip';
import { getEnv } from '../env';
import { REQUEST_ID_HEADER } from './request-id';
import { EMPTY_REQUEST_CONTEXT, type TRequestContext } from './types';

export function requestContextFromHeaders(get: (name: string) => string | null | undefined): TRequestContext {
  return {
    ip: trustedClientIp(get('x-forwarded-for'), getEnv().TRUSTED_PROXY_HOPS),
    userAgent: get('user-agent') ?? null,
    requestId: get(REQUEST_ID_HEADER) ?? null,
  };
}

/** The current request's context inside pages, server actions and route handlers. */
export async function getRequestContext(): Promise<TRequestContext> {
  try {
    const store = await headers();
    return requestContextFromHeaders((name) => store.get(name));
  } catch {
    return EMPTY_REQUEST_CONTEXT; // outside a request (scripts, tests)
  }
}
