// The main navigation. Which role sees a link is not written here: it is the link's page access in
// the route registry, so a link is shown exactly when its page would let the user in.
import type { Role } from './db/generated/enums';
import { roleHasPermission } from './auth/permissions';
import { pageAccess, type TPagePath } from './auth/route-registry';

export type TNavItem = { href: TPagePath; labelKey: string };

type TNavEntry = TNavItem & {
  labelKeyByRole?: Partial<Record<Role, string>>;
  /** Left out for whoever may open this other page, which serves them better (the page itself stays open to them). */
  supersededBy?: TPagePath;
};

const ITEMS: TNavEntry[] = [
  { href: '/dashboard', labelKey: 'dashboard' },
  { href: '/clients', labelKey: 'clients' },
  { href: '/underwriting', labelKey: 'reviewQueue' },
  // Underwriters find submitted assessments through their queue; /assessments still lists them.
  { href: '/assessments', labelKey: 'assessments', labelKeyByRole: { CLIENT: 'myAssessments' }, supersededBy: '/underwriting' },
  { href: '/portfolio', labelKey: 'portfolio' },
  { href: '/claims', labelKey: 'claims' },
  { href: '/admin/users', labelKey: 'users' },
  { href: '/admin/security-events', labelKey: 'securityEvents' },
];

/** The account area's sub-navigation (labels under security.profile.sections), shown to whoever may open each page. */
const PROFILE_SECTIONS: Array<{ href: TPagePath; labelKey: string }> = [
  { href: '/profile', labelKey: 'security' },
  { href: '/profile/api-tokens', labelKey: 'apiTokens' },
];

export function profileSectionsForRole(role: Role): Array<{ href: TPagePath; labelKey: string }> {
  return PROFILE_SECTIONS.filter((section) => mayOpenPage(role, section.href));
}

/** Whether the page would let a user of this role in: for links outside the main navigation too. */
export function mayOpenPage(role: Role, href: TPagePath): boolean {
  const access = pageAccess(href);
  return access === 'public' || access === 'authenticated' || roleHasPermission(role, access.permission);
}

export function navigationForRole(role: Role): TNavItem[] {
  return ITEMS.filter((item) => mayOpenPage(role, item.href) && !(item.supersededBy && mayOpenPage(role, item.supersededBy))).map((item) => ({ href: item.href, labelKey: item.labelKeyByRole?.[role] ?? item.labelKey }));
}
