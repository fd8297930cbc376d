// GET /api/v1/clients — the caller's client companies (search, sort, page)
// POST /api/v1/clients — create a client company (brokerage and responsible broker from the caller)
import { apiRoute } from '@/lib/api/route';
import { executeAction } from '@/lib/auth/action';
import { createClientCompany } from '@/lib/clients/actions';
import { findClientCompaniesForUser } from '@/lib/clients/queries';
import { ZClientListQuery, ZCreateClientCompanyInput } from '@/lib/clients/schemas';

export const GET = apiRoute({
  path: '/api/v1/clients',
  method: 'GET',
  query: ZClientListQuery,
  handler: async ({ user, query }) => ({ ok: true, data: await findClientCompaniesForUser({ user, query }) }),
});

export const POST = apiRoute({
  path: '/api/v1/clients',
  method: 'POST',
  body: ZCreateClientCompanyInput,
  successStatus: 201,
  handler: ({ user, body }) => executeAction(createClientCompany, user, body),
});
