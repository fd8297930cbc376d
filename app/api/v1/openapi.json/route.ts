// GET /api/v1/openapi.json — the OpenAPI 3.1 document of this API, generated from its zod schemas
import { apiRoute } from '@/lib/api/route';
import { buildOpenApiDocument } from '@/lib/api/openapi';

export const GET = apiRoute({
  path: '/api/v1/openapi.json',
  method: 'GET',
  handler: async () => ({ ok: true, data: buildOpenApiDocument() }),
});
