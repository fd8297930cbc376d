// Every route and server action of the app, with who may use it. lib/auth/registry.test.ts fails
// when a page, route handler or action exists that is not listed here; the integration and
// end-to-end access tests walk this list for every role, including other tenants' record ids.
import { updateLocale } from '../profile/actions';
import { createUser, resetPassword } from '../users/actions';
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

/** Server actions that run through executeAction(), keyed by the exported action's name. */
export const ACTIONS = {
  createUserAction: createUser,
  resetPasswordAction: resetPassword,
} as const;

/** Server actions that are deliberately callable without a session, with the reason. */
export const PUBLIC_ACTIONS = {
  setLocaleAction: { reason: 'The language can be switched on the login page; a signed-in user also stores it via profile.updateLocale.', uses: updateLocale },
} as const;
