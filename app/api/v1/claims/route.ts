// GET /api/v1/claims — the claims the caller may see (a broker their clients', a client their own, an underwriter those under cover it bound)
import { apiRoute } from '@/lib/api/route';
import { findClaimsForUser } from '@/lib/claims/queries';
import { ZClaimListQuery } from '@/lib/claims/schemas';

export const GET = apiRoute({
  path: '/api/v1/claims',
  method: 'GET',
  query: ZClaimListQuery,
  handler: async ({ user, query }) => ({ ok: true, data: await findClaimsForUser({ user, query }) }),
});
