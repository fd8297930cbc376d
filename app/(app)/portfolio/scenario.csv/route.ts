// GET /portfolio/scenario.csv?provider=&scope= — every insured exposed to the scenario, as CSV
import { apiRoute } from '@/lib/api/route';
import { csvResponseHeaders } from '@/lib/csv';
import { industryLabelKey } from '@/lib/domain/company';
import { translateKey } from '@/lib/i18n/translate';
import { listScenarioInsuredsForUser } from '@/lib/portfolio/queries';
import { buildScenarioCsv, SCENARIO_CSV_COLUMNS } from '@/lib/portfolio/scenario-csv';
import { ZScenarioQuery } from '@/lib/portfolio/schemas';

export const GET = apiRoute({
  path: '/portfolio/scenario.csv',
  method: 'GET',
  query: ZScenarioQuery.pick({ provider: true, scope: true }),
  handler: async ({ user, query, locale }) => {
    const insureds = await listScenarioInsuredsForUser({ user, provider: query.provider, scope: query.scope });
    const text = (key: string) => translateKey(locale, key) ?? key;
    const csv = buildScenarioCsv({
      insureds,
      header: Object.fromEntries(SCENARIO_CSV_COLUMNS.map((column) => [column, text(`portfolio.csv.${column}`)])) as Record<(typeof SCENARIO_CSV_COLUMNS)[number], string>,
      industryLabel: (code) => translateKey(locale, industryLabelKey(code)) ?? code,
      statusLabel: (status) => text(`portfolio.statuses.values.${status}`),
    });
    const fileName = text('portfolio.scenario.csvFile').replace('{provider}', query.provider);
    return new Response(csv, { headers: csvResponseHeaders(fileName) });
  },
});
