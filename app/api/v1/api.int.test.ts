// The REST API's route handlers, called as Next calls them, against a real PostgreSQL: personal
// tokens, tenant isolation (another tenant's record is a 404 without its data), every error status
// (400 with problems, 401, 403, 404, 409, 413, 415), and nothing written by a refused request;
// submissions and claims as each side of a placement and the insured see them.
// Every response is checked against the schema the OpenAPI document gives for its route and status.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { USERS } from '@/prisma/seed/demo-world';
import { OPERATIONS } from '@/lib/api/openapi';
import { MAX_BODY_BYTES } from '@/lib/api/route';
import { ZProblemBody } from '@/lib/api/response-schemas';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens/actions';
import { executeAction } from '@/lib/auth/action';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { createPrismaClient } from '@/lib/db/create-client';
import { COMPLETE_ANSWERS, createTestClaim, createTestDraft, createTestPlacement } from '@/lib/testing/fixtures';
import { loadSessionUser } from '@/lib/testing/session-user';
import * as assessment from './assessments/[assessmentId]/route';
import * as answers from './assessments/[assessmentId]/answers/route';
import * as preview from './assessments/[assessmentId]/preview/route';
import * as submit from './assessments/[assessmentId]/submit/route';
import * as assessments from './assessments/route';
import * as client from './clients/[clientId]/route';
import * as clients from './clients/route';
import * as openapi from './openapi.json/route';
import * as questionnaire from './questionnaires/[version]/route';
import * as report from './assessments/[assessmentId]/report.pdf/route';
import * as claim from './claims/[claimId]/route';
import * as claimList from './claims/route';
import * as submission from './submissions/[submissionId]/route';
import * as submissions from './submissions/route';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 2 });
const tokens = { anna: '', clara: '', uwe: '', dora: '', hansen: '', revoked: '' };
afterAll(() => db.$disconnect());

beforeAll(async () => {
  for (const who of ['anna', 'clara', 'uwe', 'dora', 'hansen'] as const) {
    const created = await executeAction(createApiToken, await loadSessionUser(db, USERS[who].email), { name: `API test ${who}`, expiresInDays: 30 });
    if (!created.ok) throw new Error(JSON.stringify(created));
    tokens[who] = created.data.token;
  }
  const anna = await loadSessionUser(db, USERS.anna.email);
  const revoked = await executeAction(createApiToken, anna, { name: 'Revoked', expiresInDays: null });
  if (!revoked.ok) throw new Error('token');
  await executeAction(revokeApiToken, anna, { tokenId: revoked.data.id });
  tokens.revoked = revoked.data.token;
});

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const exercised = new Set<string>();

/** Calls a handler and checks the answer against the OpenAPI document's schema for that route, method and status. */
async function call(
  handler: THandler,
  options: { route: string; method: string; token?: string | null; params?: Record<string, string>; query?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers; bytes: Uint8Array | null }> {
  const url = `http://localhost${options.route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''))}${options.query ?? ''}`;
  const headers: Record<string, string> = { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...(options.headers ?? {}) };
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await handler(new Request(url, { method: options.method, headers, body }), { params: Promise.resolve(options.params ?? {}) });
  const operation = OPERATIONS.find((entry) => entry.path === `/api/v1${options.route}` && entry.method === options.method);
  expect(operation, `${options.method} ${options.route} is documented`).toBeDefined();
  exercised.add(`${options.method} ${options.route}`);
  // A binary success (the PDF report) answers with the documented media type; errors are JSON problems as everywhere.
  if (response.status === operation!.success.status && operation!.success.contentType) {
    expect(response.headers.get('content-type')).toBe(operation!.success.contentType);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    return { status: response.status, body: {}, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }
  const json = (await response.json()) as Record<string, unknown>;
  const documented: z.ZodType | undefined =
    response.status === operation!.success.status ? operation!.success.schema : (operation!.errors?.find((error) => error.status === response.status)?.schema ?? ZProblemBody);
  const parsed = documented!.safeParse(json);
  expect(parsed.success, `${options.method} ${options.route} ${response.status} matches the document: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, body: json, headers: response.headers, bytes: null };
}

afterAll(() => {
  // Every documented route was called at least once above.
  expect([...exercised].sort()).toEqual(OPERATIONS.map((operation) => `${operation.method} ${operation.path.replace('/api/v1', '')}`).sort());
});

const problemPaths = (body: Record<string, unknown>) => (body.problems as Array<{ path: string }>).map((problem) => problem.path);

describe('authentication', () => {
  test.each([
    ['no credentials', null],
    ['an unknown token', `sgn_${'x'.repeat(43)}`],
    ['a malformed token', 'not-a-token'],
  ])('%s: 401', async (_, token) => {
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token })).status).toBe(401);
  });
  test('a revoked token: 401', async () => {
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: tokens.revoked })).status).toBe(401);
  });
  test('a browser session cookie without a same-site Origin cannot write (403 before anything is read)', async () => {
    const result = await call(clients.POST, { route: '/clients', method: 'POST', headers: { Cookie: `${SESSION_COOKIE}=anything`, Origin: 'https://evil.example', Host: 'localhost' }, body: {} });
    expect(result.status).toBe(403);
  });
  test('whatever ends the user’s sessions ends their tokens too (here: the session version moves, as on a password change)', async () => {
    const kim = await db.user.create({
      data: { email: `token-${Date.now()}@nordlicht.example`, name: 'Kim Token', passwordHash: 'x', role: 'BROKER', organizationId: 'org_nordlicht' },
      select: { email: true, id: true },
    });
    const created = await executeAction(createApiToken, await loadSessionUser(db, kim.email), { name: 'CRM', expiresInDays: null });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: created.data.token })).status).toBe(200);
    await db.user.update({ where: { id: kim.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: created.data.token })).status).toBe(401);
  });
  test('a role without the permission: 403', async () => {
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: tokens.uwe })).status).toBe(403);
    expect((await call(assessments.POST, { route: '/assessments', method: 'POST', token: tokens.hansen, body: { clientCompanyId: 'cc_hansen' } })).status).toBe(403);
  });
  test('the OpenAPI document is public', async () => {
    const result = await call(openapi.GET, { route: '/openapi.json', method: 'GET' });
    expect(result.status).toBe(200);
    expect(result.body.openapi).toBe('3.1.0');
  });
});

describe('clients', () => {
  test('a broker lists, creates, reads and changes clients of their brokerage only', async () => {
    const name = `API Kunde ${Date.now()}`;
    const created = await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.anna, body: { name, industry: 'healthcare', country: 'AT', revenueBand: 'under_2m', employeeCount: 9, brokerageId: 'org_alpenrisk' } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const stored = await db.clientCompany.findUniqueOrThrow({ where: { id } });
    // The brokerage and the responsible broker come from the token's user, never from the body.
    expect(stored).toMatchObject({ brokerageId: 'org_nordlicht', responsibleBrokerId: USERS.anna.id, name });

    const list = await call(clients.GET, { route: '/clients', method: 'GET', token: tokens.anna, query: `?q=${encodeURIComponent(name)}` });
    expect(list.body).toMatchObject({ total: 1, items: [{ id, name }] });
    expect((await call(client.GET, { route: '/clients/[clientId]', method: 'GET', token: tokens.anna, params: { clientId: id } })).body).toMatchObject({ id, responsibleBrokerName: 'Anna Berger' });
    const changed = await call(client.PATCH, { route: '/clients/[clientId]', method: 'PATCH', token: tokens.anna, params: { clientId: id }, body: { employeeCount: 12 } });
    expect(changed.body).toMatchObject({ changed: ['employeeCount'] });

    // Another brokerage: a 404 that says nothing about the client, and no change.
    const foreign = await call(client.GET, { route: '/clients/[clientId]', method: 'GET', token: tokens.clara, params: { clientId: id } });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain(name);
    expect((await call(client.PATCH, { route: '/clients/[clientId]', method: 'PATCH', token: tokens.clara, params: { clientId: id }, body: { employeeCount: 99 } })).status).toBe(404);
    expect((await db.clientCompany.findUniqueOrThrow({ where: { id } })).employeeCount).toBe(12);
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: tokens.clara, query: `?q=${encodeURIComponent(name)}` })).body).toMatchObject({ total: 0 });
  });

  test.each([
    ['every invalid field at once', { name: 'x', industry: 'mining', country: 'XX', revenueBand: 'huge', employeeCount: 0, contactEmail: 'nope' }, ['contactEmail', 'country', 'employeeCount', 'industry', 'name', 'revenueBand']],
    ['a missing body', undefined, ['']],
    ['a list instead of an object', [1, 2], ['']],
  ])('POST /clients with %s: 400 with field problems, nothing written', async (_, body, paths) => {
    const before = await db.clientCompany.count();
    const result = await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.anna, ...(body === undefined ? { rawBody: '', headers: { 'Content-Type': 'application/json' } } : { body }) });
    expect(result.status).toBe(400);
    expect([...new Set(problemPaths(result.body))].sort()).toEqual(paths);
    expect(await db.clientCompany.count()).toBe(before);
  });

  test('English messages by default, German for a German reader', async () => {
    const result = await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.anna, body: { name: 'x' }, headers: { 'Accept-Language': 'de-AT' } });
    // Anna's saved language is German; it wins over the header.
    expect((result.body.problems as Array<{ path: string; message: string }>).find((problem) => problem.path === 'name')?.message).toBe('Geben Sie den Firmennamen ein (mindestens 2 Zeichen).');
    const english = await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.clara, body: { name: 'x' } });
    expect(english.status).toBe(400);
    expect((english.body.problems as Array<{ path: string; code: string; message: string }>).find((problem) => problem.path === 'name')).toMatchObject({ code: 'validation.companyNameTooShort', message: 'Enter the company name (at least 2 characters).' });
  });

  test('malformed JSON 400, wrong media type 415, too large 413, nothing to change 400, bad query 400, bad ids 404', async () => {
    expect((await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.anna, rawBody: '{"name":', headers: { 'Content-Type': 'application/json' } })).body).toMatchObject({ problems: [{ code: 'invalid_json' }] });
    expect((await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.anna, rawBody: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await call(clients.POST, { route: '/clients', method: 'POST', token: tokens.anna, rawBody: JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) }), headers: { 'Content-Type': 'application/json' } })).status).toBe(413);
    expect((await call(client.PATCH, { route: '/clients/[clientId]', method: 'PATCH', token: tokens.anna, params: { clientId: 'cc_hansen' }, body: {} })).status).toBe(400);
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: tokens.anna, query: '?pageSize=7&sort=password' })).status).toBe(400);
    // Text the database cannot hold is refused, never a 500 (found in review).
    expect((await call(clients.GET, { route: '/clients', method: 'GET', token: tokens.anna, query: '?q=%00' })).status).toBe(400);
    expect((await call(assessments.GET, { route: '/assessments', method: 'GET', token: tokens.anna, query: '?q=%00' })).status).toBe(400);
    for (const clientId of ['\u0000', '../etc', 'x'.repeat(500)]) {
      expect((await call(client.GET, { route: '/clients/[clientId]', method: 'GET', token: tokens.anna, params: { clientId } })).status).toBe(404);
    }
  });
});

describe('assessments and answers', () => {
  test('start, answer (with versions), preview, submit (idempotent), read back', async () => {
    const { client: testClient } = await createTestDraft(db, { brokerageId: 'org_nordlicht', brokerId: USERS.anna.id });
    await db.assessment.deleteMany({ where: { clientCompanyId: testClient.id } });
    const started = await call(assessments.POST, { route: '/assessments', method: 'POST', token: tokens.anna, body: { clientCompanyId: testClient.id } });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    expect((await call(assessments.POST, { route: '/assessments', method: 'POST', token: tokens.anna, body: { clientCompanyId: testClient.id } })).body).toMatchObject({ reason: 'draft_exists', assessmentId: id });

    // The business profile's first four answers come from the client record when the draft starts.
    const prefilled = ['bp_industry', 'bp_revenue_band', 'bp_employees', 'bp_country'];
    const answers1 = Object.fromEntries(Object.entries(COMPLETE_ANSWERS).filter(([questionId]) => !prefilled.includes(questionId)).map(([questionId, value]) => [questionId, { value, version: 0 }]));
    const incomplete = await call(submit.POST, { route: '/assessments/[assessmentId]/submit', method: 'POST', token: tokens.anna, params: { assessmentId: id } });
    expect(incomplete.status).toBe(409);
    expect(problemPaths(incomplete.body)).toContain('answers.dep_idps');

    const saved = await call(answers.PATCH, { route: '/assessments/[assessmentId]/answers', method: 'PATCH', token: tokens.anna, params: { assessmentId: id }, body: { answers: answers1 } });
    expect(saved.status).toBe(200);
    expect((saved.body.answers as Record<string, { version: number }>).dep_idps!.version).toBe(1);

    const stale = await call(answers.PATCH, { route: '/assessments/[assessmentId]/answers', method: 'PATCH', token: tokens.anna, params: { assessmentId: id }, body: { answers: { dep_tenant_count: { value: 7, version: 0 } } } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ reason: 'answer_changed', conflicts: [{ questionId: 'dep_tenant_count', baseVersion: 0, current: { value: COMPLETE_ANSWERS.dep_tenant_count, version: 1, updatedBy: { name: 'Anna Berger' } } }] });

    const hidden = await call(answers.PATCH, { route: '/assessments/[assessmentId]/answers', method: 'PATCH', token: tokens.anna, params: { assessmentId: id }, body: { answers: { key_rotation: { value: 'never', version: 0 } } } });
    expect(hidden.status).toBe(400);
    expect(hidden.body.problems).toEqual([expect.objectContaining({ path: 'answers.key_rotation' })]);
    const unknownField = await call(answers.PATCH, { route: '/assessments/[assessmentId]/answers', method: 'PATCH', token: tokens.anna, params: { assessmentId: id }, body: { answers: { dep_tenant_count: { value: 2, version: 1, extra: true } } } });
    expect(unknownField.status).toBe(400);

    const changes = await call(answers.GET, { route: '/assessments/[assessmentId]/answers', method: 'GET', token: tokens.anna, params: { assessmentId: id }, query: '?since=1' });
    expect(Object.keys(changes.body.answers as object).length).toBe(Object.keys(answers1).length);
    expect((await call(answers.GET, { route: '/assessments/[assessmentId]/answers', method: 'GET', token: tokens.anna, params: { assessmentId: id }, query: '?since=abc' })).status).toBe(400);
    expect((await call(answers.GET, { route: '/assessments/[assessmentId]/answers', method: 'GET', token: tokens.anna, params: { assessmentId: id }, query: '?since=3000000000' })).status).toBe(400);
    for (const note of ['a\u0000b', 'lone \ud800']) {
      const refused = await call(answers.PATCH, { route: '/assessments/[assessmentId]/answers', method: 'PATCH', token: tokens.anna, params: { assessmentId: id }, body: { answers: { dep_tenant_count: { value: 1, version: 1, note } } } });
      expect(refused.status, JSON.stringify(note)).toBe(400);
      expect(problemPaths(refused.body)).toEqual(['answers.dep_tenant_count.note']);
    }

    const previewed = await call(preview.GET, { route: '/assessments/[assessmentId]/preview', method: 'GET', token: tokens.anna, params: { assessmentId: id } });
    expect(previewed.body).toMatchObject({ provisional: false });
    expect(previewed.body).not.toHaveProperty('premium');

    const submitted = await call(submit.POST, { route: '/assessments/[assessmentId]/submit', method: 'POST', token: tokens.anna, params: { assessmentId: id } });
    expect(submitted.body).toMatchObject({ alreadySubmitted: false, snapshot: { grade: previewed.body.grade } });
    const again = await call(submit.POST, { route: '/assessments/[assessmentId]/submit', method: 'POST', token: tokens.anna, params: { assessmentId: id } });
    expect(again.body).toMatchObject({ alreadySubmitted: true, snapshot: { id: (submitted.body.snapshot as { id: string }).id } });

    const detail = await call(assessment.GET, { route: '/assessments/[assessmentId]', method: 'GET', token: tokens.anna, params: { assessmentId: id } });
    expect(detail.body).toMatchObject({ status: 'SUBMITTED', snapshot: { id: (submitted.body.snapshot as { id: string }).id }, result: { mode: 'final' } });
    const list = await call(assessments.GET, { route: '/assessments', method: 'GET', token: tokens.anna, query: `?clientCompanyId=${testClient.id}&status=SUBMITTED` });
    expect(list.body).toMatchObject({ total: 1, items: [{ id, scores: { grade: previewed.body.grade } }] });

    // Another brokerage, the client of another company, an underwriter it was never sent to: 404.
    for (const token of [tokens.clara, tokens.hansen, tokens.uwe]) {
      expect((await call(assessment.GET, { route: '/assessments/[assessmentId]', method: 'GET', token, params: { assessmentId: id } })).status).toBe(404);
    }
  });

  test('a client reads their own company’s assessment, and cannot write answers to it once submitted', async () => {
    const own = await call(assessment.GET, { route: '/assessments/[assessmentId]', method: 'GET', token: tokens.hansen, params: { assessmentId: 'asm_hansen' } });
    expect(own.status).toBe(200);
    expect((await call(answers.PATCH, { route: '/assessments/[assessmentId]/answers', method: 'PATCH', token: tokens.hansen, params: { assessmentId: 'asm_hansen' }, body: { answers: { dep_tenant_count: { value: 2, version: 1 } } } })).body).toMatchObject({ reason: 'not_draft' });
    expect((await call(assessments.GET, { route: '/assessments', method: 'GET', token: tokens.hansen })).body).toMatchObject({ total: 1, items: [{ id: 'asm_hansen' }] });
  });
});

describe('the PDF report', () => {
  const route = '/assessments/[assessmentId]/report.pdf';
  test('the client downloads their report: a private PDF attachment named after the company and the date, in the asked language', async () => {
    const own = await call(report.GET, { route, method: 'GET', token: tokens.hansen, params: { assessmentId: 'asm_hansen' }, query: '?lang=de' });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toMatch(/^attachment; filename="Signet-Risk-Report-Hansen-Maschinenbau-GmbH-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(own.headers.get('content-language')).toBe('de');
    expect(own.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(Number(own.headers.get('content-length'))).toBe(own.bytes!.byteLength);
    expect(Buffer.from(own.bytes!.subarray(0, 5)).toString()).toBe('%PDF-');
    // Without ?lang: the reader's language (Hansen has none saved: the browser's).
    const english = await call(report.GET, { route, method: 'GET', token: tokens.hansen, params: { assessmentId: 'asm_hansen' }, headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(english.headers.get('content-language')).toBe('en');
  }, 180_000);

  test('another tenant, a draft without a snapshot, an unknown language', async () => {
    const foreign = await call(report.GET, { route, method: 'GET', token: tokens.clara, params: { assessmentId: 'asm_hansen' } });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain('Hansen');
    expect((await call(report.GET, { route, method: 'GET', token: tokens.anna, params: { assessmentId: 'asm_medica' } })).status).toBe(404);
    expect((await call(report.GET, { route, method: 'GET', token: tokens.hansen, params: { assessmentId: 'asm_hansen' }, query: '?lang=fr' })).status).toBe(400);
  });
});

describe('questionnaires', () => {
  test('the question bank with texts in the asked language; unknown versions 404; unknown languages 400', async () => {
    const english = await call(questionnaire.GET, { route: '/questionnaires/[version]', method: 'GET', token: tokens.uwe, params: { version: 'idp-exposure@1' } });
    expect(english.body).toMatchObject({ version: 'idp-exposure@1', locale: 'en' });
    const german = await call(questionnaire.GET, { route: '/questionnaires/[version]', method: 'GET', token: tokens.uwe, params: { version: 'idp-exposure@1' }, query: '?lang=de' });
    expect((german.body.sections as Array<{ id: string; title: string }>).find((section) => section.id === 'authentication')?.title).toBe('Stärke der Authentifizierung');
    expect((await call(questionnaire.GET, { route: '/questionnaires/[version]', method: 'GET', token: tokens.uwe, params: { version: 'idp-exposure@9' } })).status).toBe(404);
    expect((await call(questionnaire.GET, { route: '/questionnaires/[version]', method: 'GET', token: tokens.uwe, params: { version: 'idp-exposure@1' }, query: '?lang=fr' })).status).toBe(400);
  });
});

const idsOf = (body: Record<string, unknown>) => (body.items as Array<{ id: string }>).map((item) => item.id);

describe('submissions', () => {
  test('an underwriter gets their insurer’s queue, a broker their brokerage’s submissions; nobody else’s', async () => {
    const { client: placed, submissionIds } = await createTestPlacement(db, { brokerageId: 'org_nordlicht', brokerId: USERS.anna.id, insurerIds: ['org_rheinmark', 'org_danubia'], status: 'QUOTED', validUntil: '2099-06-30' });
    const [rheinmark, danubia] = submissionIds as [string, string];
    const q = `?q=${encodeURIComponent(placed.name)}`;

    const queue = await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.uwe, query: q });
    expect(queue.status).toBe(200);
    expect(queue.body).toMatchObject({ total: 1, page: 1, pageSize: 25, allStatusesTotal: 1, statusCounts: { QUOTED: 1, SUBMITTED: 0 } });
    expect(queue.body.items).toEqual([expect.objectContaining({ id: rheinmark, clientName: placed.name, quoteValidUntil: '2099-06-30', isQuoteExpired: false, overdueSubjectivities: 0 })]);
    // The queue's filters: another status leaves the row out but keeps the counts per status.
    expect((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.uwe, query: `${q}&status=SUBMITTED` })).body).toMatchObject({ total: 0, items: [], statusCounts: { QUOTED: 1 } });
    expect(idsOf((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.dora, query: q })).body)).toEqual([danubia]);

    const brokerage = await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.anna, query: `${q}&sort=status&dir=asc` });
    expect(brokerage.body).toMatchObject({ total: 2 });
    expect(brokerage.body).not.toHaveProperty('statusCounts');
    expect((brokerage.body.items as Array<{ id: string; insurerName: string }>).map((item) => [item.id, item.insurerName]).sort()).toEqual(
      [[rheinmark, 'Rheinmark Versicherung AG'], [danubia, 'Danubia Cyber Insurance SE']].sort(),
    );
    expect((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.anna, query: `${q}&status=DECLINED` })).body).toMatchObject({ total: 0 });

    // Another brokerage finds nothing by the same name; the seeded lists keep to their tenants.
    expect((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.clara, query: q })).body).toMatchObject({ total: 0, items: [] });
    const uweHuber = idsOf((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.uwe, query: '?q=Huber' })).body);
    expect(uweHuber).toEqual(['sub_huber_rheinmark']);
    const claraHuber = idsOf((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.clara, query: '?q=Huber&pageSize=100' })).body);
    expect(claraHuber.sort()).toEqual(['sub_huber_baltica', 'sub_huber_rheinmark']);
    expect(idsOf((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.anna, query: '?q=Huber' })).body)).toEqual([]);
  });

  test('a submission in full for its insurer and its brokerage: terms, subjectivities, thread, overrides; a 404 for everyone else', async () => {
    const { client: placed, submissionIds } = await createTestPlacement(db, { brokerageId: 'org_nordlicht', brokerId: USERS.anna.id, insurerIds: ['org_rheinmark'], status: 'QUOTED', validUntil: '2099-06-30' });
    const id = submissionIds[0]!;
    await db.submissionMessage.create({ data: { submissionId: id, kind: 'question', body: 'Is the signing key in an HSM?', authorId: USERS.uwe.id } });
    await db.submissionOverride.create({ data: { submissionId: id, target: 'grade', modelValue: 'A', overrideValue: 'B', justification: 'Break-glass accounts share one password.', createdById: USERS.uwe.id } });

    for (const token of [tokens.uwe, tokens.anna]) {
      const detail = await call(submission.GET, { route: '/submissions/[submissionId]', method: 'GET', token, params: { submissionId: id } });
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        id,
        status: 'QUOTED',
        version: 1,
        insurerName: 'Rheinmark Versicherung AG',
        clientName: placed.name,
        brokerageName: 'Nordlicht Versicherungsmakler GmbH',
        terms: { limitEur: 1_000_000, retentionEur: 10_000, premiumEur: 9_000, validUntil: '2099-06-30' },
        subjectivities: [{ text: 'MFA for every administrator', dueDate: '2099-01-31', status: 'OPEN' }],
        messages: [{ kind: 'question', body: 'Is the signing key in an HSM?', authorName: 'Uwe Lorenz' }],
        overrides: [{ target: 'grade', modelValue: 'A', overrideValue: 'B', justification: 'Break-glass accounts share one password.', authorName: 'Uwe Lorenz' }],
        declineReasons: [],
      });
      // The snapshot's answers and scoring result are the assessment's, not repeated here.
      expect(Object.keys(detail.body.snapshot as object).sort()).toEqual(['id', 'questionnaireVersion', 'sequence', 'submittedAt']);
    }

    // Another insurer and another brokerage: 404 without the client's name; a client: 403 by role.
    for (const token of [tokens.dora, tokens.clara]) {
      const refused = await call(submission.GET, { route: '/submissions/[submissionId]', method: 'GET', token, params: { submissionId: id } });
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain(placed.name);
    }
    expect((await call(submission.GET, { route: '/submissions/[submissionId]', method: 'GET', token: tokens.uwe, params: { submissionId: 'sub_huber_baltica' } })).status).toBe(404);
    expect((await call(submission.GET, { route: '/submissions/[submissionId]', method: 'GET', token: tokens.hansen, params: { submissionId: 'sub_hansen_rheinmark' } })).status).toBe(403);
    expect((await call(submission.GET, { route: '/submissions/[submissionId]', method: 'GET', token: tokens.uwe, params: { submissionId: '../x' } })).status).toBe(404);
  });

  test('a client may not list submissions (403); an invalid query is a 400 naming every field', async () => {
    expect((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.hansen })).status).toBe(403);
    for (const token of [tokens.uwe, tokens.anna]) {
      const invalid = await call(submissions.GET, { route: '/submissions', method: 'GET', token, query: '?status=LOST&grade=Z&sort=password&dir=up&page=0&pageSize=7&age=ancient' });
      expect(invalid.status).toBe(400);
      expect([...new Set(problemPaths(invalid.body))].sort()).toEqual(['age', 'dir', 'grade', 'page', 'pageSize', 'sort', 'status']);
      expect((invalid.body.problems as Array<{ path: string; code: string; message: string }>).find((problem) => problem.path === 'pageSize')).toMatchObject({ code: 'validation.pageSize' });
    }
    expect((await call(submissions.GET, { route: '/submissions', method: 'GET', token: tokens.uwe, query: '?q=%00' })).status).toBe(400);
  });
});

describe('claims', () => {
  test('brokers, the insured and the insurer that bound the cover see a claim; nobody else', async () => {
    const { client: placed, assessmentId } = await createTestPlacement(db, { brokerageId: 'org_nordlicht', brokerId: USERS.anna.id, insurerIds: ['org_rheinmark'] });
    const { id, reference } = await createTestClaim(db, { assessmentId, insurerId: 'org_rheinmark' });

    for (const token of [tokens.anna, tokens.uwe]) {
      const list = await call(claimList.GET, { route: '/claims', method: 'GET', token, query: '?pageSize=25' });
      expect(list.status).toBe(200);
      expect(idsOf(list.body)).toContain(id);
      const detail = await call(claim.GET, { route: '/claims/[claimId]', method: 'GET', token, params: { claimId: id } });
      expect(detail.body).toMatchObject({ id, reference, status: 'REPORTED', incidentType: 'token_compromise', insurerName: 'Rheinmark Versicherung AG', clientCompany: { name: placed.name } });
      expect((detail.body.deadlines as Array<{ id: string }>).map((deadline) => deadline.id)).toContain('insurer_notice');
      expect(Object.keys(detail.body.snapshot as object).sort()).toEqual(['id', 'questionnaireVersion', 'submittedAt']);
    }
    // Another brokerage, another insurer, another company's client user: not in the list, 404 without the reference.
    for (const token of [tokens.clara, tokens.dora, tokens.hansen]) {
      expect(idsOf((await call(claimList.GET, { route: '/claims', method: 'GET', token })).body)).not.toContain(id);
      const refused = await call(claim.GET, { route: '/claims/[claimId]', method: 'GET', token, params: { claimId: id } });
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain(reference);
    }
  });

  test('a client user sees their own company’s claims only; an invalid query is a 400 naming every field', async () => {
    const own = await call(claimList.GET, { route: '/claims', method: 'GET', token: tokens.hansen });
    expect(own.body.items).toEqual([expect.objectContaining({ id: 'clm_hansen', reference: 'CLM-2026-000001', clientName: 'Hansen Maschinenbau GmbH' })]);
    const detail = await call(claim.GET, { route: '/claims/[claimId]', method: 'GET', token: tokens.hansen, params: { claimId: 'clm_hansen' } });
    expect(detail.body).toMatchObject({ reference: 'CLM-2026-000001', discoveredAt: '2026-11-20T07:45:00.000Z' });
    expect((detail.body.deadlines as Array<{ dueAt: string | null }>)[0]!.dueAt).toMatch(/^2026-11-2\dT/);
    expect((await call(claim.GET, { route: '/claims/[claimId]', method: 'GET', token: tokens.hansen, params: { claimId: 'clm_steiner' } })).status).toBe(404);
    expect((await call(claimList.GET, { route: '/claims', method: 'GET', token: tokens.hansen, query: '?status=SETTLED' })).body).toMatchObject({ total: 0, items: [] });

    const invalid = await call(claimList.GET, { route: '/claims', method: 'GET', token: tokens.hansen, query: '?status=LOST&page=0&pageSize=10' });
    expect(invalid.status).toBe(400);
    expect([...new Set(problemPaths(invalid.body))].sort()).toEqual(['page', 'pageSize', 'status']);
  });
});
