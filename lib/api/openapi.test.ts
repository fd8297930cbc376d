import { describe, expect, test } from 'vitest';
import { ROUTES, type TApiEntry } from '../auth/route-registry';
import { buildOpenApiDocument, OPERATIONS, toOpenApiPath } from './openapi';

const v1Routes = (ROUTES as readonly { kind: string; path: string }[]).filter((route): route is TApiEntry => route.kind === 'api' && route.path.startsWith('/api/v1/'));

describe('OpenAPI document', () => {
  test('documents exactly the /api/v1 routes and methods of the route registry', () => {
    const registered = v1Routes.flatMap((route) => Object.keys(route.methods).map((method) => `${method} ${route.path}`)).sort();
    expect(OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort()).toEqual(registered);
    const document = buildOpenApiDocument();
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) => Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    expect(documented).toEqual(registered.map((entry) => entry.replace(/ (.*)$/, (_, path: string) => ` ${toOpenApiPath(path)}`)).sort());
  });

  test('is OpenAPI 3.1 with the bearer scheme, and every non-public operation requires it', () => {
    const document = buildOpenApiDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components?.securitySchemes?.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const operation of OPERATIONS) {
      const documented = (document.paths?.[toOpenApiPath(operation.path)] as Record<string, { security?: unknown[]; responses: Record<string, unknown> }>)[operation.method.toLowerCase()]!;
      expect(documented.security, operation.path).toEqual(operation.public ? [] : [{ bearerToken: [] }]);
      expect(Object.keys(documented.responses)).toContain(String(operation.success.status));
      if (!operation.public) expect(Object.keys(documented.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  test('the PDF report is documented as a binary application/pdf response', () => {
    const document = buildOpenApiDocument();
    const operation = (document.paths?.['/api/v1/assessments/{assessmentId}/report.pdf'] as { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }>; parameters?: Array<{ name: string }> } }).get;
    expect(operation.responses['200']!.content).toEqual({ 'application/pdf': { schema: { type: 'string', format: 'binary' } } });
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404']));
    expect(operation.parameters?.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['assessmentId', 'lang']));
  });

  test('request bodies come from the features’ input schemas (e.g. the client’s industry options)', () => {
    const document = buildOpenApiDocument();
    const body = (document.paths?.['/api/v1/clients'] as { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }> } } }).post.requestBody.content['application/json']!.schema;
    expect(body.properties.industry!.enum).toContain('manufacturing');
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['name', 'industry', 'country', 'revenueBand', 'employeeCount']));
    expect(Object.keys(body.properties)).not.toContain('brokerageId');
  });

  test('the submissions list takes the review queue’s query (filters, sort, page) and answers the queue or a brokerage’s page', () => {
    const document = buildOpenApiDocument();
    const operation = (document.paths?.['/api/v1/submissions'] as { get: { parameters?: Array<{ name: string; in: string }>; responses: Record<string, { content?: Record<string, { schema: { anyOf?: unknown[] } }> }> } }).get;
    expect(operation.parameters?.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name).sort()).toEqual(['age', 'dir', 'grade', 'industry', 'page', 'pageSize', 'provider', 'q', 'sort', 'status']);
    expect(operation.responses['200']!.content!['application/json']!.schema.anyOf).toHaveLength(2);
  });
});
