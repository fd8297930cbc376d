// The master-key scenario's query parameters, shared by the page (/portfolio/scenario) and the CSV
// download (/portfolio/scenario.csv).
import { z } from 'zod';
import { SCENARIO_PROVIDERS } from '../placement/submission-facts';
import { SCENARIO_SCOPES } from './book';

export const SCENARIO_PAGE_SIZES = [25, 50, 100] as const;

export const ZScenarioQuery = z.object({
  provider: z.enum(SCENARIO_PROVIDERS, 'validation.invalid').default('microsoft'),
  scope: z.enum(SCENARIO_SCOPES, 'validation.invalid').default('book'),
  page: z.coerce.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid').max(100_000, 'validation.invalid').default(1),
  pageSize: z.coerce
    .number('validation.invalid')
    .refine((size) => (SCENARIO_PAGE_SIZES as readonly number[]).includes(size), 'validation.pageSize')
    .default(25),
});
export type TScenarioQuery = z.output<typeof ZScenarioQuery>;

/** The link to a scenario page with some parameters changed (defaults left out of the URL). */
export function scenarioHref(query: TScenarioQuery, change: Partial<TScenarioQuery> = {}, path: '/portfolio/scenario' | '/portfolio/scenario.csv' = '/portfolio/scenario'): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams({ provider: next.provider });
  if (next.scope !== 'book') params.set('scope', next.scope);
  if (path === '/portfolio/scenario') {
    if (next.page !== 1) params.set('page', String(next.page));
    if (next.pageSize !== 25) params.set('pageSize', String(next.pageSize));
  }
  return `${path}?${params.toString()}`;
}
