// How a user row becomes the TSessionUser that guards and policy see: one select, one mapping,
// shared by the request session (session.ts) and the tests that call actions directly.
import type { TSessionUser } from './types';

export const SESSION_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  sessionVersion: true,
  deactivatedAt: true,
  organizationId: true,
  organization: { select: { kind: true, name: true } },
} as const;

type TSessionUserRow = Pick<TSessionUser, 'id' | 'email' | 'name' | 'role' | 'locale' | 'organizationId'> & {
  organization: { kind: TSessionUser['organizationKind']; name: string };
};

export function toSessionUser(row: TSessionUserRow): TSessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    organizationId: row.organizationId,
    organizationKind: row.organization.kind,
    organizationName: row.organization.name,
  };
}
