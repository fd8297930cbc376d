// Walks the route registry for every persona: each page answers with the page (200), the 403
// page (role not allowed), or the 404 page (a record of another tenant) — never another tenant's
// data. Guards against the classic bug of authorizing in the navigation or the layout only, and
// against detail pages that load a record by id without the tenant filter.
import { expect, test as base, type APIRequestContext } from '@playwright/test';
import { roleHasPermission } from '../lib/auth/permissions';
import { ROUTES, type TApiEntry, type TPageEntry } from '../lib/auth/route-registry';
import { CLIENTS, ASSESSMENTS, CLAIMS, ORGANIZATIONS, SUBMISSIONS } from '../prisma/seed/demo-world';
import { PERSONAS, RECORDS, storageStatePath, type TPersona } from './personas';

const pages = (ROUTES as readonly { kind: string }[]).filter((route): route is TPageEntry => route.kind === 'page').filter((route) => route.access !== 'public' && route.path !== '/');

/** Names that would leak another tenant's record if they appeared on a refused page. */
const RECORD_NAMES: Record<string, string> = Object.fromEntries([
  ...Object.values(CLIENTS).map((c) => [c.id, c.name] as const),
  ...Object.values(ASSESSMENTS).map((a) => [a.id, Object.values(CLIENTS).find((c) => c.id === a.clientCompanyId)!.name] as const),
  ...Object.values(SUBMISSIONS).map((s) => [s.id, Object.values(CLIENTS).find((c) => c.id === ASSESSMENTS[s.assessmentId.slice(4) as keyof typeof ASSESSMENTS].clientCompanyId)!.name] as const),
  ...Object.values(CLAIMS).map((claim) => [claim.id, claim.reference] as const),
]);

function concrete(route: TPageEntry, id: string): string {
  return route.path.replace(/\[[^\]]+\]/, id);
}

function isAllowed(persona: TPersona, route: TPageEntry): boolean {
  if (route.access === 'public' || route.access === 'authenticated') return true;
  return roleHasPermission(PERSONAS[persona].user.role, route.access.permission);
}

/**
 * What is checked is the status and the server's response, so the walk asks over HTTP with the
 * persona's cookies (no browser context per request). The body is the HTML with the React Server
 * Components payload: a name that appears anywhere in it has left the server.
 */
const test = base.extend<{ persona: TPersona | undefined; cookie: string | undefined; http: APIRequestContext }>({
  persona: [undefined, { option: true }],
  cookie: [undefined, { option: true }],
  http: async ({ playwright, baseURL, persona, cookie }, provide) => {
    const http = await playwright.request.newContext({
      baseURL,
      storageState: persona ? storageStatePath(persona) : undefined,
      extraHTTPHeaders: cookie ? { cookie } : undefined,
    });
    await provide(http);
    await http.dispose();
  },
});

// Hundreds of independent requests: spread over both workers instead of one file in one worker.
test.describe.configure({ mode: 'parallel' });

/** The status after redirects (a submitted assessment's questionnaire leads to its results), and the body. */
async function expectStatus(http: APIRequestContext, url: string, status: number): Promise<string> {
  const response = await http.get(url);
  expect(response.status(), url).toBe(status);
  return response.text();
}

function expectWithout(body: string, name: string, visibleAnyway?: string) {
  // The page shell names the signed-in person's own organisation (a client's company, refused by role here).
  if (name === visibleAnyway) return;
  expect(body).not.toContain(name);
  expect(body).not.toContain(name.replaceAll('&', '&amp;'));
}

for (const persona of Object.keys(PERSONAS) as TPersona[]) {
  const ownOrganization = Object.values(ORGANIZATIONS).find((organization) => organization.id === PERSONAS[persona].user.organizationId)!.name;
  test.describe(`${persona} across the route registry`, () => {
    test.use({ persona });

    for (const route of pages) {
      const allowed = isAllowed(persona, route);
      if (!route.record) {
        test(`${route.path} → ${allowed ? 200 : 403}`, async ({ http }) => {
          await expectStatus(http, route.path, allowed ? 200 : 403);
        });
        continue;
      }
      const records = RECORDS[persona][route.record];
      test(`${route.path}: own record → ${allowed ? 200 : 403}; another tenant's, an unknown id or one no record can have → ${allowed ? 404 : 403}, without its data`, async ({ http }) => {
        if (records.own) await expectStatus(http, concrete(route, records.own), allowed ? 200 : 403);
        for (const foreign of records.foreign) expectWithout(await expectStatus(http, concrete(route, foreign), allowed ? 404 : 403), RECORD_NAMES[foreign]!, ownOrganization);
        // A NUL byte reaches the page decoded, and PostgreSQL refuses it in text: it must be the
        // ordinary 404 page, never a 500. Likewise an encoded slash.
        for (const id of ['does-not-exist', '%00', 'a%2Fb']) await expectStatus(http, concrete(route, id), allowed ? 404 : 403);
      });
    }
  });

  // What the person sees of a refusal, once per persona in a browser (the page walk above reads the HTTP answers).
  const [route, foreign] = pages.filter((entry) => entry.record && isAllowed(persona, entry)).map((entry) => [entry, RECORDS[persona][entry.record!].foreign[0]] as const).find(([, id]) => id) ?? [];
  if (route && foreign) {
    test.describe(`${persona} in the browser`, () => {
      test.use({ storageState: storageStatePath(persona) });
      test(`${concrete(route, foreign)} shows the page-not-found page without the record`, async ({ page }) => {
        await page.goto(concrete(route, foreign));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
        await expect(page.getByRole('main')).not.toContainText(RECORD_NAMES[foreign]!);
      });
    });
  }
}

test.describe('signed out', () => {
  for (const route of pages) {
    test(`${route.path} redirects to the login page`, async ({ http }) => {
      const response = await http.get(concrete(route, 'cc_hansen'), { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toMatch(/\/login\?callbackUrl=/);
    });
  }
  test('the browser lands on the login page, with the way back', async ({ page }) => {
    await page.goto('/clients/cc_hansen');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fclients%2Fcc_hansen/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Signet');
  });
});

// A cookie that merely looks like a session passes the optimistic redirect in proxy.ts; the page
// guards must still refuse it. (Without this, deleting a page's guard would go unnoticed.)
test.describe('forged session cookie', () => {
  test.use({ cookie: 'signet.session=forged' });
  for (const route of pages) {
    test(`${route.path} refuses it`, async ({ http }) => {
      const response = await http.get(concrete(route, 'cc_hansen'), { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toMatch(/\/login/);
      expectWithout(await response.text(), 'Hansen Maschinenbau');
    });
  }
});

// The REST API follows the same rules: for every GET route of /api/v1, every persona gets their own
// record (200) or 403 when the role may not; another tenant's record, an unknown id or an id no
// record can have is a 404 without its data; signed out is a 401.
const apiRoutes = (ROUTES as readonly { kind: string; path: string }[])
  .filter((route): route is TApiEntry => route.kind === 'api' && route.path.startsWith('/api/v1/'))
  .filter((route) => route.methods.GET && route.methods.GET !== 'public' && !route.path.includes('[version]'));

function isAllowedApi(persona: TPersona, route: TApiEntry): boolean {
  const access = route.methods.GET!;
  return access === 'public' || access === 'authenticated' || roleHasPermission(PERSONAS[persona].user.role, access.permission);
}

for (const persona of Object.keys(PERSONAS) as TPersona[]) {
  test.describe(`${persona} across the API`, () => {
    test.use({ persona });
    for (const route of apiRoutes) {
      const allowed = isAllowedApi(persona, route);
      test(`GET ${route.path}`, async ({ http }) => {
        const get = async (path: string) => http.get(path);
        if (!route.record) {
          expect((await get(route.path)).status()).toBe(allowed ? 200 : 403);
          return;
        }
        const records = RECORDS[persona][route.record];
        const concreteApi = (id: string) => route.path.replace(/\[[^\]]+\]/, id);
        if (records.own) expect((await get(concreteApi(records.own))).status(), 'own').toBe(allowed ? 200 : 403);
        for (const foreign of records.foreign) {
          const response = await get(concreteApi(foreign));
          expect(response.status(), foreign).toBe(allowed ? 404 : 403);
          expect(await response.text()).not.toContain(RECORD_NAMES[foreign]!);
        }
        for (const id of ['does-not-exist', '%00', 'x'.repeat(300)]) expect((await get(concreteApi(id))).status(), id).toBe(allowed ? 404 : 403);
      });
    }
  });
}

test.describe('signed out, the API', () => {
  for (const route of apiRoutes) {
    test(`GET ${route.path} → 401`, async ({ request }) => {
      const response = await request.get(route.path.replace(/\[[^\]]+\]/, 'cc_hansen'));
      expect(response.status()).toBe(401);
      expect(await response.json()).toMatchObject({ problems: [{ code: 'UNAUTHENTICATED' }] });
    });
  }
});

// Downloads outside /api/v1 (the review queue's and the master-key scenario's CSV) follow the same rules: the permitted roles get
// the file, every other persona a 403 without a byte of it, and signed out is a 401.
const downloads = (ROUTES as readonly { kind: string; path: string }[])
  .filter((route): route is TApiEntry => route.kind === 'api' && !route.path.startsWith('/api/'))
  .filter((route) => route.methods.GET && route.methods.GET !== 'public' && !route.record);

for (const persona of Object.keys(PERSONAS) as TPersona[]) {
  test.describe(`${persona} across the downloads`, () => {
    test.use({ persona });
    for (const route of downloads) {
      const allowed = isAllowedApi(persona, route);
      test(`GET ${route.path} → ${allowed ? 200 : 403}`, async ({ http }) => {
        const response = await http.get(route.path);
        expect(response.status()).toBe(allowed ? 200 : 403);
        expect(response.headers()['content-type']).toMatch(allowed ? /^text\/csv/ : /json/);
      });
    }
  });
}

test.describe('signed out, the downloads', () => {
  for (const route of downloads) {
    test(`GET ${route.path} → 401`, async ({ request }) => {
      expect((await request.get(route.path)).status()).toBe(401);
    });
  }
});
