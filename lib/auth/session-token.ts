// What the next-auth JWT carries. The token only points at a UserSession row; the row decides.
export type TSessionStage = 'full' | 'second_factor' | 'enrol';

export type TSessionClaims = {
  sub: string;
  /** UserSession id (full sessions only). */
  sid?: string;
  stage: TSessionStage;
  /** The user's session version at sign-in: an admin, a password reset or a deactivation moves it on. */
  sv: number;
  /** Half-way sign-ins (password done, second factor pending) expire after PENDING_SIGN_IN_MS. */
  pendingSince?: number;
};

export const PENDING_SIGN_IN_MS = 10 * 60 * 1000;

export function readClaims(token: Record<string, unknown> | null | undefined): TSessionClaims | null {
  if (!token || typeof token.sub !== 'string' || typeof token.sv !== 'number') return null;
  const stage = token.stage;
  if (stage !== 'full' && stage !== 'second_factor' && stage !== 'enrol') return null;
  return {
    sub: token.sub,
    sid: typeof token.sid === 'string' ? token.sid : undefined,
    stage,
    sv: token.sv,
    pendingSince: typeof token.pendingSince === 'number' ? token.pendingSince : undefined,
  };
}
