import type { OrganizationKind, Role } from '../db/generated/enums';

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
};
