import type { OrganizationKind, Role } from '../db/generated/enums';

/** Each role belongs to exactly one kind of organisation; the tenant rules depend on it. */
export const ORGANIZATION_KIND_FOR_ROLE: Record<Role, OrganizationKind> = {
  ADMIN: 'PLATFORM',
  BROKER: 'BROKERAGE',
  UNDERWRITER: 'INSURER',
  CLIENT: 'CLIENT_COMPANY',
};
