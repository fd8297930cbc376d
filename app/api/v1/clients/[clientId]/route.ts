// GET /api/v1/clients/{clientId} — one client company with its assessments
// PATCH /api/v1/clients/{clientId} — change some of its fields
import { apiRoute, found } from '@/lib/api/route';
import { executeAction } from '@/lib/auth/action';
import { updateClientCompany } from '@/lib/clients/actions';
import { getClientCompanyForUser } from '@/lib/clients/queries';
import { ZUpdateClientCompanyFields } from '@/lib/clients/schemas';

export const GET = apiRoute({
  path: '/api/v1/clients/[clientId]',
  method: 'GET',
  handler: async ({ user, params }) => found(await getClientCompanyForUser({ user, clientCompanyId: params.clientId! })),
});

export const PATCH = apiRoute({
  path: '/api/v1/clients/[clientId]',
  method: 'PATCH',
  body: ZUpdateClientCompanyFields,
  handler: ({ user, params, body }) => executeAction(updateClientCompany, user, { clientCompanyId: params.clientId, fields: body }),
});
