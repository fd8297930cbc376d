// Every page and route handler of the app, with who may use it: the one home of that fact. Pages
// ask for their own entry (requirePageUser in guards.ts), the navigation shows a link exactly when
// its page would let the user in (lib/navigation.ts), the API wrapper checks each method's entry
// (lib/api/route.ts). lib/auth/registry.test.ts fails when a route exists that is not listed here;
// the end-to-end access test (e2e/access-control.spec.ts) walks this list for every role, including
// other tenants' record ids. Pure data: the tests import it outside Next.
import type { TPermission } from './permissions';

/** 'public': anyone; 'authenticated': any signed-in user; otherwise a permission. */
export type TAccess = 'public' | 'authenticated' | { permission: TPermission };
/** For routes with a record id: which tenant-scoped resource the id names. */
export type TRecordKind = 'clientCompany' | 'assessment' | 'submission' | 'claim';
export type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TPageEntry = {
  /** The route as the app/ folder spells it, without route groups: '/clients/[clientId]'. */
  path: string;
  kind: 'page';
  access: TAccess;
  record?: TRecordKind;
};

export type TApiEntry = {
  path: string;
  kind: 'api';
  /** Each exported HTTP method with its own access rule. */
  methods: Partial<Record<THttpMethod, TAccess>>;
  record?: TRecordKind;
};

export type TRouteEntry = TPageEntry | TApiEntry;

const perm = (permission: TPermission) => ({ permission }) as const;

export const ROUTES = [
  { path: '/', kind: 'page', access: 'public' },
  { path: '/login', kind: 'page', access: 'public' },
  { path: '/set-password', kind: 'page', access: 'public' },
  { path: '/dashboard', kind: 'page', access: 'authenticated' },
  { path: '/clients', kind: 'page', access: perm('clientCompany.list') },
  { path: '/clients/new', kind: 'page', access: perm('clientCompany.create') },
  { path: '/clients/[clientId]', kind: 'page', access: perm('clientCompany.view'), record: 'clientCompany' },
  { path: '/clients/[clientId]/edit', kind: 'page', access: perm('clientCompany.update'), record: 'clientCompany' },
  { path: '/assessments', kind: 'page', access: perm('assessment.list') },
  { path: '/assessments/[assessmentId]', kind: 'page', access: perm('assessment.view'), record: 'assessment' },
  { path: '/assessments/[assessmentId]/questionnaire', kind: 'page', access: perm('assessment.answer'), record: 'assessment' },
  { path: '/assessments/[assessmentId]/results', kind: 'page', access: perm('assessment.view'), record: 'assessment' },
  { path: '/underwriting', kind: 'page', access: perm('submission.review') },
  { path: '/portfolio', kind: 'page', access: perm('portfolio.view') },
  { path: '/portfolio/scenario', kind: 'page', access: perm('portfolio.view') },
  { path: '/assessments/[assessmentId]/placement', kind: 'page', access: perm('placement.view'), record: 'assessment' },
  { path: '/submissions/[submissionId]', kind: 'page', access: perm('submission.view'), record: 'submission' },
  { path: '/submissions/[submissionId]/audit', kind: 'page', access: perm('submission.view'), record: 'submission' },
  { path: '/notifications', kind: 'page', access: perm('notification.list') },
  { path: '/claims', kind: 'page', access: perm('claim.list') },
  { path: '/claims/new', kind: 'page', access: perm('claim.create') },
  { path: '/claims/[claimId]', kind: 'page', access: perm('claim.view'), record: 'claim' },
  { path: '/profile', kind: 'page', access: perm('profile.manageSecurity') },
  { path: '/profile/api-tokens', kind: 'page', access: perm('apiToken.manage') },
  { path: '/admin/users', kind: 'page', access: perm('user.list') },
  { path: '/admin/security-events', kind: 'page', access: perm('securityEvent.list') },
  // The underwriting queue as CSV (not part of the versioned API, so not in the OpenAPI document).
  { path: '/underwriting/queue.csv', kind: 'api', methods: { GET: perm('submission.review') } },
  { path: '/api/auth/[...nextauth]', kind: 'api', methods: { GET: 'public', POST: 'public' } },
  { path: '/portfolio/scenario.csv', kind: 'api', methods: { GET: perm('portfolio.view') } },
  { path: '/api/health', kind: 'api', methods: { GET: 'public' } },
  /** An evidence file of a subjectivity, for the broker and the underwriters of the submission. */
  { path: '/submissions/[submissionId]/evidence/[fileId]', kind: 'api', methods: { GET: perm('submission.view') }, record: 'submission' },
  { path: '/api/v1/openapi.json', kind: 'api', methods: { GET: 'public' } },
  { path: '/api/v1/questionnaires/[version]', kind: 'api', methods: { GET: perm('questionnaire.view') } },
  { path: '/api/v1/clients', kind: 'api', methods: { GET: perm('clientCompany.list'), POST: perm('clientCompany.create') } },
  {
    path: '/api/v1/clients/[clientId]',
    kind: 'api',
    methods: { GET: perm('clientCompany.view'), PATCH: perm('clientCompany.update') },
    record: 'clientCompany',
  },
  { path: '/api/v1/assessments', kind: 'api', methods: { GET: perm('assessment.list'), POST: perm('assessment.create') } },
  { path: '/api/v1/assessments/[assessmentId]', kind: 'api', methods: { GET: perm('assessment.view') }, record: 'assessment' },
  {
    path: '/api/v1/assessments/[assessmentId]/answers',
    kind: 'api',
    methods: { GET: perm('assessment.view'), PATCH: perm('assessment.answer') },
    record: 'assessment',
  },
  { path: '/api/v1/assessments/[assessmentId]/preview', kind: 'api', methods: { GET: perm('assessment.view') }, record: 'assessment' },
  { path: '/api/v1/assessments/[assessmentId]/submit', kind: 'api', methods: { POST: perm('assessment.submit') }, record: 'assessment' },
  { path: '/api/v1/assessments/[assessmentId]/report.pdf', kind: 'api', methods: { GET: perm('assessment.view') }, record: 'assessment' },
  { path: '/api/v1/submissions', kind: 'api', methods: { GET: perm('submission.list') } },
  { path: '/api/v1/submissions/[submissionId]', kind: 'api', methods: { GET: perm('submission.view') }, record: 'submission' },
  { path: '/api/v1/claims', kind: 'api', methods: { GET: perm('claim.list') } },
  { path: '/api/v1/claims/[claimId]', kind: 'api', methods: { GET: perm('claim.view') }, record: 'claim' },
] as const satisfies readonly TRouteEntry[];

export type TPagePath = Extract<(typeof ROUTES)[number], { kind: 'page' }>['path'];
export type TApiPath = Extract<(typeof ROUTES)[number], { kind: 'api' }>['path'];

export function pageAccess(path: TPagePath): TAccess {
  const entry = ROUTES.find((route) => route.kind === 'page' && route.path === path) as TPageEntry | undefined;
  if (!entry) throw new Error(`Unregistered page ${path}`);
  return entry.access;
}

export function apiAccess(path: TApiPath, method: THttpMethod): TAccess {
  const entry = ROUTES.find((route) => route.kind === 'api' && route.path === path) as TApiEntry | undefined;
  const access = entry?.methods[method];
  if (!access) throw new Error(`Unregistered route ${method} ${path}`);
  return access;
}

/** '/clients/[clientId]' with { clientId: 'c1' } -> '/clients/c1' (values URL-encoded). */
export function fillRoute(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\[([^\]]+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? `[${name}]`));
}
