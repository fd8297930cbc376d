import type { TSessionUser } from '../auth/types';
import type { PrismaClient } from '../db/generated/client';

/** The session user as lib/auth/session.ts builds it, for tests that call actions and queries directly. */
export async function loadSessionUser(db: PrismaClient, email: string): Promise<TSessionUser> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, locale: true, organizationId: true, organization: { select: { kind: true, name: true } } },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    organizationId: user.organizationId,
    organizationKind: user.organization.kind,
    organizationName: user.organization.name,
  };
}
