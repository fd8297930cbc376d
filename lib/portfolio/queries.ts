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
import { pageWindow, toPage } from '../pagination';
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

async function findConcentration(options: { insurerId: string; today: string; column: 'identityProviders' | 'mailPlatforms' }): Promise<TConcentration[]> {
  const where = bookWhere(options);
  // One statement per column (identifiers cannot be parameters; both are spelled out here).
  const rows =
    options.column === 'identityProviders'
      ? await getDb().$queryRaw<Array<{ key: string; insureds: number; limitEur: bigint | null }>>`
          SELECT p.key, count(*)::int AS insureds, sum(s."quotedLimitEur")::bigint AS "limitEur"
          FROM "Submission" s CROSS JOIN LATERAL unnest(s."identityProviders") AS p(key)
          WHERE ${where} GROUP BY p.key ORDER BY insureds DESC, p.key`
      : await getDb().$queryRaw<Array<{ key: string; insureds: number; limitEur: bigint | null }>>`
          SELECT p.key, count(*)::int AS insureds, sum(s."quotedLimitEur")::bigint AS "limitEur"
          FROM "Submission" s CROSS JOIN LATERAL unnest(s."mailPlatforms") AS p(key)
          WHERE ${where} GROUP BY p.key ORDER BY insureds DESC, p.key`;
  return rows.map((row) => ({ key: row.key, insureds: row.insureds, limitEur: toNumber(row.limitEur) }));
}

type TSectionRow = Record<TPortfolioSectionId, number | null> & Record<`n_${TPortfolioSectionId}`, number>;

/** The dashboard: the book's size, grades, averages by industry and by section, concentrations. */
export async function getPortfolioDashboardForUser(options: { user: TSessionUser; today?: string }): Promise<TPortfolioDashboard> {
  const insurerId = bookInsurerIdFor(options.user);
  const today = options.today ?? todayIsoDate();
  const where = bookWhere({ insurerId, today });
  const db = getDb();
  const [statusRows, [summary], gradeRows, industryRows, [sectionRow], identityProviders, mailPlatforms] = await Promise.all([
    db.$queryRaw<Array<{ status: SubmissionStatus; count: number; expired: number }>>`
      SELECT s."status"::text AS status,
        count(*) FILTER (WHERE NOT (s."status" = 'QUOTED' AND s."quoteValidUntil" < ${today}::date))::int AS count,
        count(*) FILTER (WHERE s."status" = 'QUOTED' AND s."quoteValidUntil" < ${today}::date)::int AS expired
      FROM "Submission" s WHERE s."insurerId" = ${insurerId} GROUP BY s."status"`,
    db.$queryRaw<Array<{ insureds: number; limitEur: bigint | null; premiumEur: bigint | null; averageScore: number | null }>>`
      SELECT count(*)::int AS insureds, sum(s."quotedLimitEur")::bigint AS "limitEur", sum(s."quotedPremiumEur")::bigint AS "premiumEur", avg(s."score") AS "averageScore"
      FROM "Submission" s WHERE ${where}`,
    db.$queryRaw<Array<{ grade: string; count: number }>>`
      SELECT s."effectiveGrade" AS grade, count(*)::int AS count FROM "Submission" s WHERE ${where} GROUP BY s."effectiveGrade" ORDER BY s."effectiveGrade"`,
    db.$queryRaw<Array<{ industry: string; insureds: number; averageScore: number }>>`
      SELECT s."industry", count(*)::int AS insureds, avg(s."score") AS "averageScore" FROM "Submission" s WHERE ${where} GROUP BY s."industry" ORDER BY s."industry"`,
    // avg() skips nulls: an insured whose section was not scored does not count as 0 there.
    db.$queryRaw<TSectionRow[]>`
      SELECT
        avg(s."scoreLandscape") AS landscape, count(s."scoreLandscape")::int AS n_landscape,
        avg(s."scoreAuthentication") AS authentication, count(s."scoreAuthentication")::int AS n_authentication,
        avg(s."scorePrivilegedAccess") AS privileged_access, count(s."scorePrivilegedAccess")::int AS n_privileged_access,
        avg(s."scoreTokensKeys") AS tokens_keys, count(s."scoreTokensKeys")::int AS n_tokens_keys,
        avg(s."scoreThirdPartyApps") AS third_party_apps, count(s."scoreThirdPartyApps")::int AS n_third_party_apps,
        avg(s."scoreMailCollaboration") AS mail_collaboration, count(s."scoreMailCollaboration")::int AS n_mail_collaboration,
        avg(s."scoreLoggingDetection") AS logging_detection, count(s."scoreLoggingDetection")::int AS n_logging_detection,
        avg(s."scoreIncidentResponse") AS incident_response, count(s."scoreIncidentResponse")::int AS n_incident_response,
        avg(s."scoreGovernance") AS governance, count(s."scoreGovernance")::int AS n_governance
      FROM "Submission" s WHERE ${where}`,
    findConcentration({ insurerId, today, column: 'identityProviders' }),
    findConcentration({ insurerId, today, column: 'mailPlatforms' }),
  ]);
  return {
    book: {
      insureds: summary?.insureds ?? 0,
      limitEur: toNumber(summary?.limitEur),
      premiumEur: toNumber(summary?.premiumEur),
      averageScore: summary?.averageScore ?? null,
    },
    statuses: statusRows.map((row) => ({ status: row.status, count: row.count })),
    expiredQuotes: statusRows.reduce((sum, row) => sum + row.expired, 0),
    grades: gradeRows,
    industries: industryRows,
    sections: PORTFOLIO_SECTION_IDS.map((sectionId) => ({ sectionId, insureds: sectionRow?.[`n_${sectionId}`] ?? 0, averageScore: sectionRow?.[sectionId] ?? null })),
    identityProviders,
    mailPlatforms,
  };
}

/**
 * The exposed insureds' rows of a scenario: in the book (or pipeline) and exposed to the provider
 * (the GIN index on identityProviders answers the @>). The limit is the quoted/bound one; a
 * submission without a quote (pipeline) uses the placement's requested limit, looked up only then.
 */
function scenarioRows(options: { insurerId: string; today: string; scope: TScenarioScope; provider: TScenarioProvider }): Prisma.Sql {
  return Prisma.sql`
    SELECT s."id", s."assessmentId", s."clientName", s."industry", s."status", s."effectiveGrade", s."masterKeyExposure",
      s."eventLossMeanEur", s."eventLossP995Eur",
      COALESCE(s."quotedLimitEur", (SELECT p."requestedLimitEur" FROM "Placement" p WHERE p."id" = s."placementId")) AS "limitEur"
    FROM "Submission" s
    WHERE ${bookWhere(options)} AND s."identityProviders" @> ARRAY[${options.provider}]::text[]`;
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

/** The exposed insureds, the insurer's loss first (ties by name): for a page or the whole CSV. */
function scenarioListSql(options: { insurerId: string; today: string; scope: TScenarioScope; provider: TScenarioProvider }, window?: { skip: number; take: number }): Prisma.Sql {
  const paging = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  return Prisma.sql`
    SELECT x."id", x."assessmentId", x."clientName", x."industry", x."status"::text AS status, x."effectiveGrade", x."masterKeyExposure",
      x."eventLossMeanEur", x."eventLossP995Eur", x."limitEur",
      LEAST(x."eventLossMeanEur", x."limitEur") AS "insurerLossEur", LEAST(x."eventLossP995Eur", x."limitEur") AS "insurerLossP995Eur"
    FROM (${scenarioRows(options)}) x
    ORDER BY "insurerLossEur" DESC, x."clientName", x."id"
    ${paging}`;
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
  const [[totals], rows] = await Promise.all([
    db.$queryRaw<Array<{ exposedInsureds: number; limitExposedEur: bigint | null; groundUpMeanEur: bigint | null; expectedEventLossEur: bigint | null; oneIn200EventLossEur: bigint | null }>>`
      SELECT count(*)::int AS "exposedInsureds",
        sum(x."limitEur")::bigint AS "limitExposedEur",
        sum(x."eventLossMeanEur")::bigint AS "groundUpMeanEur",
        sum(LEAST(x."eventLossMeanEur", x."limitEur"))::bigint AS "expectedEventLossEur",
        sum(LEAST(x."eventLossP995Eur", x."limitEur"))::bigint AS "oneIn200EventLossEur"
      FROM (${scenarioRows(scoped)}) x`,
    db.$queryRaw<TScenarioRow[]>(scenarioListSql(scoped, pageWindow(options))),
  ]);
  const summary: TScenarioTotals = {
    exposedInsureds: totals?.exposedInsureds ?? 0,
    limitExposedEur: toNumber(totals?.limitExposedEur),
    groundUpMeanEur: toNumber(totals?.groundUpMeanEur),
    expectedEventLossEur: toNumber(totals?.expectedEventLossEur),
    oneIn200EventLossEur: toNumber(totals?.oneIn200EventLossEur),
  };
  return { provider: options.provider, totals: summary, insureds: toPage(rows.map(toInsured), summary.exposedInsureds, options) };
}

/** Every exposed insured of the scenario, for the CSV download (same order as the page). */
export async function listScenarioInsuredsForUser(options: { user: TSessionUser; provider: TScenarioProvider; scope: TScenarioScope; today?: string }): Promise<TScenarioInsured[]> {
  const scoped = { insurerId: bookInsurerIdFor(options.user), today: options.today ?? todayIsoDate(), scope: options.scope, provider: options.provider };
  const rows = await getDb().$queryRaw<TScenarioRow[]>(scenarioListSql(scoped));
  return rows.map(toInsured);
}
