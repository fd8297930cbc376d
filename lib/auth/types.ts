import type { AuthMethod, OrganizationKind, Role } from '../db/generated/enums';

/** The browser session a request came with (lib/auth/user-session.ts). */
export type TSessionInfo = {
  id: string;
  authMethod: AuthMethod;
  /** Sign-in time. */
  authenticatedAt: Date;
  /** The later of sign-in and the last re-authentication: sensitive actions want it recent. */
  lastAuthenticatedAt: Date;
};

/** The signed-in user as every guard, policy and page sees it (never a password hash). */
export type TSessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationKind: OrganizationKind;
  organizationName: string;
  locale: string | null;
  /** Present for browser sessions; absent for callers that are not a browser (tests, API tokens). */
  session?: TSessionInfo;
};
