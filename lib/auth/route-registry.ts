// Every page and route handler of the app, with who may use it (server actions: action-registry.ts).
// lib/auth/registry.test.ts fails when a route exists that is not listed here; the end-to-end
// access test (e2e/access-control.spec.ts) walks this list for every role, including other
// tenants' record ids. Pure data: the tests import it outside Next.
import type { TPermission } from './permissions';

/** 'public': anyone; 'authenticated': any signed-in user; otherwise a permission. */
export type TAccess = 'public' | 'authenticated' | { permission: TPermission };
/** For routes with a record id: which tenant-scoped resource the id names. */
export type TRecordKind = 'clientCompany' | 'assessment';

export type TRouteEntry = {
  /** The route as the app/ folder spells it, without route groups: '/clients/[clientId]'. */
  path: string;
  kind: 'page' | 'api';
  methods?: Array<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>;
  access: TAccess;
  record?: TRecordKind;
};

export const ROUTES: TRouteEntry[] = [
  { path: '/', kind: 'page', access: 'public' },
  { path: '/login', kind: 'page', access: 'public' },
  { path: '/dashboard', kind: 'page', access: 'authenticated' },
  { path: '/clients', kind: 'page', access: { permission: 'clientCompany.list' } },
  { path: '/clients/[clientId]', kind: 'page', access: { permission: 'clientCompany.view' }, record: 'clientCompany' },
  { path: '/assessments', kind: 'page', access: { permission: 'assessment.list' } },
  { path: '/assessments/[assessmentId]', kind: 'page', access: { permission: 'assessment.view' }, record: 'assessment' },
  { path: '/admin/users', kind: 'page', access: { permission: 'user.list' } },
  { path: '/api/auth/[...nextauth]', kind: 'api', methods: ['GET', 'POST'], access: 'public' },
  { path: '/api/health', kind: 'api', methods: ['GET'], access: 'public' },
];

