import 'server-only';
// The insurer's book, aggregated in PostgreSQL: every figure here is one grouped statement over the
// Submission table (the portfolio columns copied from each snapshot by buildSubmissionFacts), never a
// loop over rows in JavaScript. All statements are tagged templates (parameters, never strings),
// scoped to the insurer that submissionWhereForUser(user, 'portfolio.view') names. Which rows make
// up the book: lib/portfolio/book.ts; the scenario's arithmetic: lib/portfolio/scenario-math.ts.
import { submissionWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { SubmissionStatus } from '../db/generated/enums';
import { AppError } from '../errors';
import { pageWindowFromNearerEnd, toPage } from '../pagination';
import { PORTFOLIO_SECTION_IDS, type TPortfolioSectionId, type TScenarioProvider } from '../placement/submission-facts';
import { todayIsoDate } from '../today';
import type { TScenarioScope } from './book';
import type { TScenarioTotals } from './scenario-math';
import type { TConcentration, TPortfolioDashboard, TScenario, TScenarioInsured } from './types';

/**
 * The insurer whose book the user may see: the insurerId of the policy's where for 'portfolio.view'
 * (only underwriters get one). Anyone else is refused, even if a caller forgot the page guard.
 */
function bookInsurerIdFor(user: TSessionUser): string {
  const where = submissionWhereForUser(user, 'portfolio.view');
  if (typeof where.insurerId !== 'string') throw new AppError('FORBIDDEN', 'You are not allowed to do this.');
  return where.insurerId;
}

/**
 * The rows of the book (BOUND, and QUOTED while the quote is valid), optionally with the pipeline.
 * The status list comes first so the (insurerId, status, …) index narrows the scan.
 */
function bookWhere(options: { insurerId: string; today: string; scope?: TScenarioScope }): Prisma.Sql {
  const written = Prisma.sql`(s."status" = 'BOUND' OR s."quoteValidUntil" IS NULL OR s."quoteValidUntil" >= ${options.today}::date)`;
  if (options.scope === 'book_and_pipeline') {
    return Prisma.sql`s."insurerId" = ${options.insurerId} AND s."status" IN ('BOUND', 'QUOTED', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED') AND (s."status" <> 'QUOTED' OR ${written})`;
  }
  return Prisma.sql`s."insurerId" = ${options.insurerId} AND s."status" IN ('BOUND', 'QUOTED') AND ${written}`;
}

const toNumber = (value: bigint | number | null | undefined): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * Both concentrations in one pass over the book: each insured contributes one row per identity
 * provider and one per mail platform (an insured on two providers counts under both).
 */
async function findConcentrations(options: { insurerId: string; today: string }): Promise<Record<'identityProviders' | 'mailPlatforms', TConcentration[]>> {
  const rows = await getDb().$queryRaw<Array<{ dimension: 'identityProviders' | 'mailPlatforms'; key: string; insureds: number; limitEur: bigint | null }>>`
    SELECT p.dimension, p.key, count(*)::int AS insureds, sum(s."quotedLimitEur")::bigint AS "limitEur"
    FROM "Submission" s CROSS JOIN LATERAL (
      SELECT 'identityProviders' AS dimension, key FROM unnest(s."identityProviders") AS key
      UNION ALL SELECT 'mailPlatforms', key FROM unnest(s."mailPlatforms") AS key
    ) p
    WHERE ${bookWhere(options)}
    GROUP BY p.dimension, p.key ORDER BY p.dimension, insureds DESC, p.key`;
  const of = (dimension: 'identityProviders' | 'mailPlatforms') =>
    rows.filter((row) => row.dimension === dimension).map((row) => ({ key: row.key, insureds: row.insureds, limitEur: toNumber(row.limitEur) }));
  return { identityProviders: of('identityProviders'), mailPlatforms: of('mailPlatforms') };
}

type TDashboardRow = Record<TPortfolioSectionId, number | null> &
  Record<`n_${TPortfolioSectionId}`, number> & {
    /** GROUPING(status, effectiveGrade, industry): 3 = by status, 5 = by grade, 6 = by industry, 7 = the whole book. */
    grouping: number;
    status: SubmissionStatus | null;
    grade: string | null;
    industry: string | null;
    submissions: number;
    expired: number;
    insureds: number;
    limitEur: bigint | null;
    premiumEur: bigint | null;
    averageScore: number | null;
  };

/**
 * The dashboard: the book's size, statuses, grades, averages by industry and by section, and the
 * concentrations. Two statements: one pass over the insurer's submissions with GROUPING SETS (by
 * status over all of them; by grade, by industry and in total over the book only, through FILTER),
 * and one for the concentrations. Both read only index columns (index-only scans, see the bench).
 */
export async function getPortfolioDashboardForUser(options: { user: TSessionUser; today?: string }): Promise<TPortfolioDashboard> {
  const insurerId = bookInsurerIdFor(options.user);
  const today = options.today ?? todayIsoDate();
  const inBook = Prisma.sql`(s."status" = 'BOUND' OR (s."status" = 'QUOTED' AND (s."quoteValidUntil" IS NULL OR s."quoteValidUntil" >= ${today}::date)))`;
  const expired = Prisma.sql`(s."status" = 'QUOTED' AND s."quoteValidUntil" < ${today}::date)`;
  const [rows, concentrations] = await Promise.all([
    // avg() skips nulls: an insured whose section was not scored does not count as 0 there.
    getDb().$queryRaw<TDashboardRow[]>`
      SELECT GROUPING(s."status", s."effectiveGrade", s."industry")::int AS grouping,
        s."status"::text AS status, s."effectiveGrade" AS grade, s."industry",
        count(*) FILTER (WHERE NOT ${expired})::int AS submissions,
        count(*) FILTER (WHERE ${expired})::int AS expired,
        count(*) FILTER (WHERE ${inBook})::int AS insureds,
        sum(s."quotedLimitEur") FILTER (WHERE ${inBook})::bigint AS "limitEur",
        sum(s."quotedPremiumEur") FILTER (WHERE ${inBook})::bigint AS "premiumEur",
        avg(s."score") FILTER (WHERE ${inBook}) AS "averageScore",
        avg(s."scoreLandscape") FILTER (WHERE ${inBook}) AS landscape, count(s."scoreLandscape") FILTER (WHERE ${inBook})::int AS n_landscape,
        avg(s."scoreAuthentication") FILTER (WHERE ${inBook}) AS authentication, count(s."scoreAuthentication") FILTER (WHERE ${inBook})::int AS n_authentication,
        avg(s."scorePrivilegedAccess") FILTER (WHERE ${inBook}) AS privileged_access, count(s."scorePrivilegedAccess") FILTER (WHERE ${inBook})::int AS n_privileged_access,
        avg(s."scoreTokensKeys") FILTER (WHERE ${inBook}) AS tokens_keys, count(s."scoreTokensKeys") FILTER (WHERE ${inBook})::int AS n_tokens_keys,
        avg(s."scoreThirdPartyApps") FILTER (WHERE ${inBook}) AS third_party_apps, count(s."scoreThirdPartyApps") FILTER (WHERE ${inBook})::int AS n_third_party_apps,
        avg(s."scoreMailCollaboration") FILTER (WHERE ${inBook}) AS mail_collaboration, count(s."scoreMailCollaboration") FILTER (WHERE ${inBook})::int AS n_mail_collaboration,
        avg(s."scoreLoggingDetection") FILTER (WHERE ${inBook}) AS logging_detection, count(s."scoreLoggingDetection") FILTER (WHERE ${inBook})::int AS n_logging_detection,
        avg(s."scoreIncidentResponse") FILTER (WHERE ${inBook}) AS incident_response, count(s."scoreIncidentResponse") FILTER (WHERE ${inBook})::int AS n_incident_response,
        avg(s."scoreGovernance") FILTER (WHERE ${inBook}) AS governance, count(s."scoreGovernance") FILTER (WHERE ${inBook})::int AS n_governance
      FROM "Submission" s WHERE s."insurerId" = ${insurerId}
      GROUP BY GROUPING SETS ((s."status"), (s."effectiveGrade"), (s."industry"), ())`,
    findConcentrations({ insurerId, today }),
  ]);
  const total = rows.find((row) => row.grouping === 7);
  const inBookRows = (grouping: number) => rows.filter((row) => row.grouping === grouping && row.insureds > 0);
  return {
    book: {
      insureds: total?.insureds ?? 0,
      limitEur: toNumber(total?.limitEur),
      premiumEur: toNumber(total?.premiumEur),
      averageScore: total?.averageScore ?? null,
    },
    statuses: rows.filter((row) => row.grouping === 3 && row.submissions > 0).map((row) => ({ status: row.status!, count: row.submissions })),
    expiredQuotes: total?.expired ?? 0,
    grades: inBookRows(5).map((row) => ({ grade: row.grade!, count: row.insureds })).sort((a, b) => a.grade.localeCompare(b.grade)),
    industries: inBookRows(6).map((row) => ({ industry: row.industry!, insureds: row.insureds, averageScore: row.averageScore! })).sort((a, b) => a.industry.localeCompare(b.industry)),
    sections: PORTFOLIO_SECTION_IDS.map((sectionId) => ({ sectionId, insureds: total?.[`n_${sectionId}`] ?? 0, averageScore: total?.[sectionId] ?? null })),
    ...concentrations,
  };
}

/**
 * The exposed insureds' rows of a scenario: in the book (or pipeline) and exposed to the provider.
 * The limit is the quoted (or bound) one: a QUOTED or BOUND submission always carries the limit of
 * its quote. In the pipeline, where no quote exists yet, the placement's requested limit stands in;
 * only that scope joins Placement (as a hash join: a correlated lookup per row would make the
 * planner expect a cost high enough to JIT-compile the statement, which costs more than it runs).
 */
function scenarioRows(options: { insurerId: string; today: string; scope: TScenarioScope; provider: TScenarioProvider }): Prisma.Sql {
  const exposed = Prisma.sql`${bookWhere(options)} AND s."identityProviders" @> ARRAY[${options.provider}]::text[]`;
  if (options.scope === 'book') {
    return Prisma.sql`
      SELECT s."id", s."clientName", s."eventLossMeanEur", s."eventLossP995Eur", s."quotedLimitEur" AS "limitEur"
      FROM "Submission" s WHERE ${exposed}`;
  }
  return Prisma.sql`
    SELECT s."id", s."clientName", s."eventLossMeanEur", s."eventLossP995Eur", COALESCE(s."quotedLimitEur", p."requestedLimitEur") AS "limitEur"
    FROM "Submission" s LEFT JOIN "Placement" p ON s."quotedLimitEur" IS NULL AND p."id" = s."placementId"
    WHERE ${exposed}`;
}

type TScenarioRow = {
  id: string;
  assessmentId: string;
  clientName: string;
  industry: string;
  status: SubmissionStatus;
  effectiveGrade: string;
  masterKeyExposure: number;
  eventLossMeanEur: number;
  eventLossP995Eur: number;
  limitEur: number;
  insurerLossEur: number;
  insurerLossP995Eur: number;
};

function toInsured(row: TScenarioRow): TScenarioInsured {
  const { id, ...rest } = row;
  return { submissionId: id, ...rest, status: rest.status };
}

/**
 * The exposed insureds, the insurer's loss first (ties by name, then id; byte order, which is cheap
 * to compare and stable). A page is found on the accumulation index alone, read from whichever end
 * of the order is nearer (so the last page sorts 25 rows, not all of them); only the rows shown are
 * then read from the table, by primary key, for their other columns.
 */
function scenarioPageSql(options: { insurerId: string; today: string; scope: TScenarioScope; provider: TScenarioProvider }, window: { skip: number; take: number; fromEnd: boolean }): Prisma.Sql {
  const order = window.fromEnd
    ? Prisma.sql`"insurerLossEur" ASC, "clientName" COLLATE "C" DESC, "id" COLLATE "C" DESC`
    : Prisma.sql`"insurerLossEur" DESC, "clientName" COLLATE "C" ASC, "id" COLLATE "C" ASC`;
  const outerOrder = window.fromEnd
    ? Prisma.sql`r."insurerLossEur" ASC, r."clientName" COLLATE "C" DESC, r."id" COLLATE "C" DESC`
    : Prisma.sql`r."insurerLossEur" DESC, r."clientName" COLLATE "C" ASC, r."id" COLLATE "C" ASC`;
  return Prisma.sql`
    SELECT s."id", s."assessmentId", s."clientName", s."industry", s."status"::text AS status, s."effectiveGrade", s."masterKeyExposure",
      r."eventLossMeanEur", r."eventLossP995Eur", r."limitEur", r."insurerLossEur", r."insurerLossP995Eur"
    FROM (
      SELECT x."id", x."clientName", x."eventLossMeanEur", x."eventLossP995Eur", x."limitEur",
        LEAST(x."eventLossMeanEur", x."limitEur") AS "insurerLossEur", LEAST(x."eventLossP995Eur", x."limitEur") AS "insurerLossP995Eur"
      FROM (${scenarioRows(options)}) x
      ORDER BY ${order}
      LIMIT ${window.take} OFFSET ${window.skip}
    ) r JOIN "Submission" s ON s."id" = r."id"
    ORDER BY ${outerOrder}`;
}

/** The scenario for one provider: totals over every exposed insured (in SQL) and one page of them. */
export async function getScenarioForUser(options: {
  user: TSessionUser;
  provider: TScenarioProvider;
  scope: TScenarioScope;
  page: number;
  pageSize: number;
  today?: string;
}): Promise<TScenario> {
  const scoped = { insurerId: bookInsurerIdFor(options.user), today: options.today ?? todayIsoDate(), scope: options.scope, provider: options.provider };
  const db = getDb();
  const [totals] = await db.$queryRaw<
    Array<{ exposedInsureds: number; limitExposedEur: bigint | null; groundUpMeanEur: bigint | null; expectedEventLossEur: bigint | null; oneIn200EventLossEur: bigint | null }>
  >`
    SELECT count(*)::int AS "exposedInsureds",
      sum(x."limitEur")::bigint AS "limitExposedEur",
      sum(x."eventLossMeanEur")::bigint AS "groundUpMeanEur",
      sum(LEAST(x."eventLossMeanEur", x."limitEur"))::bigint AS "expectedEventLossEur",
      sum(LEAST(x."eventLossP995Eur", x."limitEur"))::bigint AS "oneIn200EventLossEur"
    FROM (${scenarioRows(scoped)}) x`;
  const summary: TScenarioTotals = {
    exposedInsureds: totals?.exposedInsureds ?? 0,
    limitExposedEur: toNumber(totals?.limitExposedEur),
    groundUpMeanEur: toNumber(totals?.groundUpMeanEur),
    expectedEventLossEur: toNumber(totals?.expectedEventLossEur),
    oneIn200EventLossEur: toNumber(totals?.oneIn200EventLossEur),
  };
  const window = pageWindowFromNearerEnd(options, summary.exposedInsureds);
  const rows = window.take === 0 ? [] : await db.$queryRaw<TScenarioRow[]>(scenarioPageSql(scoped, window));
  if (window.fromEnd) rows.reverse();
  return { provider: options.provider, totals: summary, insureds: toPage(rows.map(toInsured), summary.exposedInsureds, options) };
}

/** Every exposed insured of the scenario, for the CSV download (same order as the page). */
export async function listScenarioInsuredsForUser(options: { user: TSessionUser; provider: TScenarioProvider; scope: TScenarioScope; today?: string }): Promise<TScenarioInsured[]> {
  const scoped = { insurerId: bookInsurerIdFor(options.user), today: options.today ?? todayIsoDate(), scope: options.scope, provider: options.provider };
  // Every exposed row: found on the accumulation index, joined to the table for the columns shown.
  const rows = await getDb().$queryRaw<TScenarioRow[]>`
    SELECT s."id", s."assessmentId", s."clientName", s."industry", s."status"::text AS status, s."effectiveGrade", s."masterKeyExposure",
      x."eventLossMeanEur", x."eventLossP995Eur", x."limitEur",
      LEAST(x."eventLossMeanEur", x."limitEur") AS "insurerLossEur", LEAST(x."eventLossP995Eur", x."limitEur") AS "insurerLossP995Eur"
    FROM (${scenarioRows(scoped)}) x JOIN "Submission" s ON s."id" = x."id"
    ORDER BY "insurerLossEur" DESC, x."clientName" COLLATE "C", x."id" COLLATE "C"`;
  return rows.map(toInsured);
}
