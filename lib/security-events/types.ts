// Every kind of security event (ASVS 16). The admin page filters by these; the catalogs name them.
export const SECURITY_EVENT_TYPES = [
  'auth.sign_in.succeeded',
  'auth.sign_in.failed',
  'auth.sign_in.throttled',
  'auth.second_factor.failed',
  'auth.second_factor.enrolled',
  'auth.second_factor.removed',
  'auth.recovery_code.used',
  'auth.recovery_codes.generated',
  'auth.reauthenticated',
  'auth.reauthentication.failed',
  'auth.sign_out',
  'session.ended',
  'password.changed',
  'password.link_issued',
  'password.link_used',
  'access.refused',
  'admin.user_created',
  'admin.user_deactivated',
  'admin.user_reactivated',
  'admin.sessions_ended',
  'admin.account_unblocked',
] as const;

export type TSecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

/** Where a request came from, for the log line and the row. */
export type TRequestContext = { ip: string | null; userAgent: string | null; requestId: string | null };

export const EMPTY_REQUEST_CONTEXT: TRequestContext = { ip: null, userAgent: null, requestId: null };
