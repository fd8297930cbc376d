// A synthetic book of scored submissions for one insurer (npm run db:seed:book, npm run bench:portfolio).
//
// Scoring 100,000 assessments with the Monte Carlo would take over an hour, so the book is built from
// PROFILES scored answer sets: each profile mixes a golden fixture of the scoring library with a
// random complete answer set of the question bank (more random = weaker, so the grades spread), sets
// a business profile (industry, size, country), and is scored once with the real library
// (freezeResult) into one shared snapshot. Every submission then takes the portfolio facts of its
// profile (buildSubmissionFacts: the same function the placement actions use), and its own
// pseudo-random status, limit, premium and dates. All rows are written by a handful of
// INSERT … SELECT FROM generate_series statements in one transaction, so 100,000 insureds take
// seconds. Every id starts with `book_`: a re-run first deletes the previous synthetic book (all but
// the immutable profile snapshots and what they belong to), so it is re-runnable and never touches other data.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { freezeResult } from '../../lib/assessments/snapshot';
import { businessProfileAnswersFor, COMPANY_COUNTRIES, INDUSTRIES, REVENUE_BANDS } from '../../lib/domain/company';
import { buildSubmissionFacts, PORTFOLIO_SECTION_IDS, SECTION_SCORE_FIELDS } from '../../lib/placement/submission-facts';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, pruneHiddenAnswers, type TAnswers } from '../../lib/questionnaire';
import { arbitraryAnswers } from '../../lib/questionnaire/arbitraries';

export const BOOK_ID_PREFIX = 'book_';
const PROFILES = 240;
const FIXTURES_DIR = path.resolve(import.meta.dirname, '..', '..', 'lib', 'scoring', 'fixtures');

const REGIONS = ['Nord', 'Süd', 'Alpen', 'Rhein', 'Donau', 'Elb', 'Main', 'Ost', 'West', 'Harz', 'Bodensee', 'Isar'];
const TRADES = ['Maschinenbau', 'Logistik', 'Werft', 'Praxisverbund', 'Rechtsanwälte', 'Bau', 'Handel', 'Energie', 'Software', 'Klinik', 'Spedition', 'Druck', 'Metall', 'Pharma', 'Textil'];
const FORMS = ['GmbH', 'AG', 'GmbH & Co. KG', 'SE', 'KG'];
const LIMITS = [500_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000];

/** A deterministic pseudo-random sequence (LCG), so every run builds the same book. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (max: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % max;
  };
}

type TProfile = ReturnType<typeof buildSubmissionFacts> & {
  k: number;
  industry: string;
  country: string;
  revenueBand: string;
  employeeCount: number;
  questionnaireVersion: string;
  modelVersion: string;
  answers: TAnswers;
  result: unknown;
  digest: string;
};

/** Scores `count` (default PROFILES) generated answer sets with the real library (a few seconds to a minute). */
export function buildProfiles(log: (line: string) => void = () => {}, count = PROFILES): TProfile[] {
  const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;
  const known = new Set(questionnaire.questions.map((question) => question.id));
  const fixtures = readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => (JSON.parse(readFileSync(path.join(FIXTURES_DIR, file), 'utf8')) as { answers: Record<string, unknown> }).answers);
  const randomSets = fc.sample(arbitraryAnswers(questionnaire, { completeness: 'complete' }), { numRuns: count, seed: 20261201 });
  const next = sequence(7);
  const profiles: TProfile[] = [];
  for (let k = 0; k < count; k++) {
    const fixture = fixtures[k % fixtures.length]!;
    const random = randomSets[k]!;
    // 0 %, 10 %, … 50 % of the fixture's answers replaced by random ones.
    const share = (k % 6) / 10;
    const mixed: Record<string, unknown> = {};
    for (const question of questionnaire.questions) {
      const own = known.has(question.id) ? fixture[question.id] : undefined;
      const value = own !== undefined && next(100) >= share * 100 ? own : random[question.id];
      if (value !== undefined) mixed[question.id] = value;
    }
    const company = {
      industry: INDUSTRIES[next(INDUSTRIES.length)]!,
      revenueBand: REVENUE_BANDS[next(REVENUE_BANDS.length)]!,
      employeeCount: 10 + next(4_990),
      country: next(10) < 8 ? ['DE', 'DE', 'DE', 'AT', 'CH'][next(5)]! : COMPANY_COUNTRIES[next(COMPANY_COUNTRIES.length)]!,
    };
    const answers = pruneHiddenAnswers(questionnaire, { ...mixed, ...businessProfileAnswersFor(company) } as never);
    try {
      const frozen = freezeResult(CURRENT_QUESTIONNAIRE_VERSION, answers);
      const facts = buildSubmissionFacts({ ...frozen, answers: frozen.answers as Record<string, unknown> });
      profiles.push({ ...facts, ...company, k: profiles.length, questionnaireVersion: frozen.questionnaireVersion, modelVersion: frozen.modelVersion, answers: frozen.answers, result: frozen.result, digest: frozen.digest });
    } catch {
      // A mix the question bank refuses (e.g. a date before another): skip it, the next one will do.
    }
  }
  log(`Scored ${profiles.length} synthetic answer sets with the real scoring library.`);
  return profiles;
}

/** `--size N --insurer ID` (or `--size=N`) of db:seed:book and bench:portfolio, with their defaults. */
export function parseBookArguments(argv: readonly string[], defaults: { size: number; insurerId: string; usage: string }): { size: number; insurerId: string } {
  let { size, insurerId } = defaults;
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index]!.split('=', 2);
    const value = inline ?? argv[++index];
    if (name === '--size') size = Number(value);
    else if (name === '--insurer') insurerId = String(value);
    else throw new Error(`Unknown option ${name}. Usage: ${defaults.usage}`);
  }
  if (!Number.isInteger(size) || size < 1 || size > 1_000_000) throw new Error('--size must be a whole number from 1 to 1,000,000.');
  return { size, insurerId };
}

/**
 * Deletes the previous synthetic book (rows whose id starts with book_), children first. Snapshots
 * are immutable (a trigger refuses DELETE, as for every snapshot), so the profile snapshots stay, and
 * with them the assessments, companies and broker they belong to; the inserts skip what exists.
 */
export async function deleteSyntheticBook(client: pg.ClientBase): Promise<void> {
  const like = `${BOOK_ID_PREFIX.replace('_', '\\_')}%`;
  await client.query(`DELETE FROM "Submission" WHERE "id" LIKE $1`, [like]);
  await client.query(`DELETE FROM "Placement" WHERE "id" LIKE $1`, [like]);
  await client.query(`DELETE FROM "Assessment" a WHERE a."id" LIKE $1 AND NOT EXISTS (SELECT 1 FROM "AssessmentSnapshot" s WHERE s."assessmentId" = a."id")`, [like]);
  await client.query(`DELETE FROM "ClientCompany" c WHERE c."id" LIKE $1 AND NOT EXISTS (SELECT 1 FROM "Assessment" a WHERE a."clientCompanyId" = c."id")`, [like]);
  await client.query(`DELETE FROM "Organization" o WHERE o."id" LIKE 'book\\_org\\_%' AND NOT EXISTS (SELECT 1 FROM "ClientCompany" c WHERE c."organizationId" = o."id")`);
}

/**
 * Replaces the synthetic book with `size` submissions to `insurerId` (which must exist). Statuses:
 * about 45 % bound, 20 % quoted (one in eight of those expired), 15 % in the pipeline, the rest
 * declined, not taken up or withdrawn.
 */
export async function seedSyntheticBook(options: { databaseUrl: string; size: number; insurerId: string; log?: (line: string) => void; profiles?: TProfile[] }): Promise<{ submissions: number }> {
  const log = options.log ?? (() => {});
  const profiles = options.profiles ?? buildProfiles(log);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const insurer = await client.query(`SELECT 1 FROM "Organization" WHERE "id" = $1 AND "kind" = 'INSURER'`, [options.insurerId]);
    if (insurer.rowCount === 0) throw new Error(`No insurer with the id ${options.insurerId}: seed the demo world first (npm run db:seed) or pass --insurer.`);
    const started = performance.now();
    await client.query('BEGIN');
    await deleteSyntheticBook(client);
    await client.query(`INSERT INTO "Organization" ("id", "kind", "name", "country", "updatedAt") VALUES ('book_brokerage', 'BROKERAGE', 'Synthetischer Bestand Makler GmbH', 'DE', now()) ON CONFLICT DO NOTHING`);
    // No usable password: the synthetic broker cannot sign in.
    await client.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "organizationId", "updatedAt") VALUES ('book_broker', 'broker@book.synthetic.invalid', 'Synthetic Broker', '!', 'BROKER', 'book_brokerage', now()) ON CONFLICT DO NOTHING`);
    const profileRows = profiles.map((profile) => ({
      k: profile.k,
      industry: profile.industry,
      country: profile.country,
      revenue_band: profile.revenueBand,
      employees: profile.employeeCount,
      score: profile.score,
      grade: profile.grade,
      mke: profile.masterKeyExposure,
      idps: profile.identityProviders,
      mail: profile.mailPlatforms,
      eal: profile.expectedAnnualLossEur,
      mean: profile.eventLossMeanEur,
      p995: profile.eventLossP995Eur,
      sections: PORTFOLIO_SECTION_IDS.map((id) => profile[SECTION_SCORE_FIELDS[id]]),
    }));
    await client.query(
      `CREATE TEMP TABLE book_profile ON COMMIT DROP AS
       SELECT p.k, p.industry, p.country, p.revenue_band, p.employees, p.score, p.grade, p.mke, p.eal, p.mean, p.p995,
         ARRAY(SELECT jsonb_array_elements_text(p.idps)) AS idps, ARRAY(SELECT jsonb_array_elements_text(p.mail)) AS mail,
         ARRAY(SELECT (CASE WHEN v = 'null'::jsonb THEN NULL ELSE v::text::float8 END) FROM jsonb_array_elements(p.sections) v) AS sections
       FROM jsonb_to_recordset($1::jsonb) AS p(k int, industry text, country text, revenue_band text, employees int, score float8, grade text, mke float8, eal int, mean int, p995 int, idps jsonb, mail jsonb, sections jsonb)`,
      [JSON.stringify(profileRows)],
    );
    const P = profiles.length;
    const n = options.size;
    // The insured n answers like profile n % P; h(n, salt) is a stable pseudo-random number 0..999.
    const h = (salt: number) => `(abs(hashint4(g.n * 7 + ${salt})) % 1000)`;
    const rows = `FROM generate_series(0, $1::int - 1) AS g(n) JOIN book_profile p ON p.k = g.n % ${P}`;
    await client.query(
      `INSERT INTO "Organization" ("id", "kind", "name", "country", "updatedAt")
       SELECT 'book_org_' || g.n, 'CLIENT_COMPANY', ($2::text[])[1 + ${h(1)} % 12] || ' ' || ($3::text[])[1 + ${h(2)} % 15] || ' ' || g.n || ' ' || ($4::text[])[1 + ${h(3)} % 5], p.country, now() ${rows}
       ON CONFLICT DO NOTHING`,
      [n, REGIONS, TRADES, FORMS],
    );
    await client.query(
      `INSERT INTO "ClientCompany" ("id", "organizationId", "brokerageId", "name", "industry", "country", "revenueBand", "employeeCount", "responsibleBrokerId", "updatedAt")
       SELECT 'book_cc_' || g.n, o."id", 'book_brokerage', o."name", p.industry, p.country, p.revenue_band, p.employees, 'book_broker', now()
       ${rows} JOIN "Organization" o ON o."id" = 'book_org_' || g.n
       ON CONFLICT DO NOTHING`,
      [n],
    );
    // Submitted on a day of the last two years.
    const submittedAt = `(date_trunc('day', now()) - (${h(4)} % 730) * interval '1 day' + interval '9 hours')`;
    await client.query(
      `INSERT INTO "Assessment" ("id", "clientCompanyId", "brokerageId", "brokerId", "questionnaireVersion", "status", "revision", "submittedAt", "createdAt", "updatedAt")
       SELECT 'book_a_' || g.n, 'book_cc_' || g.n, 'book_brokerage', 'book_broker', $2, 'SUBMITTED', 1, ${submittedAt}, ${submittedAt}, now() ${rows}
       ON CONFLICT DO NOTHING`,
      [n, CURRENT_QUESTIONNAIRE_VERSION],
    );
    // One snapshot per profile (on the profile's first assessment), shared by every insured of it.
    for (const profile of profiles.filter((p) => p.k < n)) {
      await client.query(
        `INSERT INTO "AssessmentSnapshot" ("id", "assessmentId", "sequence", "questionnaireVersion", "modelVersion", "answers", "result", "digest", "score", "grade", "masterKeyExposure", "submittedById")
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, 'book_broker') ON CONFLICT DO NOTHING`,
        [`book_s_${profile.k}`, `book_a_${profile.k}`, profile.questionnaireVersion, profile.modelVersion, JSON.stringify(profile.answers), JSON.stringify(profile.result), profile.digest, profile.score, profile.grade, profile.masterKeyExposure],
      );
    }
    await client.query(
      `INSERT INTO "Placement" ("id", "assessmentId", "brokerageId", "clientCompanyId", "requestedLimitEur", "requestedRetentionEur", "coverStartDate", "createdById", "createdAt", "updatedAt")
       SELECT 'book_p_' || g.n, 'book_a_' || g.n, 'book_brokerage', 'book_cc_' || g.n, ($2::int[])[1 + ${h(5)} % 6], ($3::int[])[1 + ${h(6)} % 3],
         (${submittedAt} + interval '30 days')::date, 'book_broker', ${submittedAt}, now() ${rows}`,
      [n, LIMITS, [10_000, 25_000, 50_000]],
    );
    // Status by h(7): 0–449 bound, 450–649 quoted, 650–699 submitted, 700–749 in review,
    // 750–799 information requested, 800–899 declined, 900–969 not taken up, 970–999 withdrawn.
    const status = `(CASE WHEN ${h(7)} < 450 THEN 'BOUND' WHEN ${h(7)} < 650 THEN 'QUOTED' WHEN ${h(7)} < 700 THEN 'SUBMITTED' WHEN ${h(7)} < 750 THEN 'IN_REVIEW'
      WHEN ${h(7)} < 800 THEN 'INFO_REQUESTED' WHEN ${h(7)} < 900 THEN 'DECLINED' WHEN ${h(7)} < 970 THEN 'NOT_TAKEN_UP' ELSE 'WITHDRAWN' END)::"SubmissionStatus"`;
    const quoted = `(${h(7)} < 650 OR ${h(7)} >= 900 AND ${h(7)} < 970)`;
    // The quoted limit: the requested one, or one step lower for weaker risks (grades D and E).
    const limit = `(CASE WHEN ${quoted} THEN ($2::int[])[GREATEST(1, 1 + ${h(5)} % 6 - (CASE WHEN p.grade IN ('D', 'E') THEN 1 ELSE 0 END))] END)`;
    await client.query(
      `INSERT INTO "Submission" ("id", "placementId", "assessmentId", "insurerId", "brokerageId", "clientCompanyId", "snapshotId", "status", "submittedAt", "statusChangedAt",
         "clientName", "industry", "country", "score", "grade", "effectiveGrade", "masterKeyExposure", "identityProviders", "mailPlatforms", "expectedAnnualLossEur",
         "eventLossMeanEur", "eventLossP995Eur", ${PORTFOLIO_SECTION_IDS.map((id) => `"${SECTION_SCORE_FIELDS[id]}"`).join(', ')},
         "quotedLimitEur", "quotedRetentionEur", "quotedPremiumEur", "quoteValidUntil", "declineReasons")
       SELECT 'book_sub_' || g.n, 'book_p_' || g.n, 'book_a_' || g.n, $3, 'book_brokerage', 'book_cc_' || g.n, 'book_s_' || p.k, ${status}, ${submittedAt}, ${submittedAt} + interval '5 days',
         c."name", p.industry, p.country, p.score, p.grade, p.grade, p.mke, p.idps, p.mail, p.eal, p.mean, p.p995,
         ${PORTFOLIO_SECTION_IDS.map((_, index) => `p.sections[${index + 1}]`).join(', ')},
         ${limit}, CASE WHEN ${quoted} THEN 25000 END,
         CASE WHEN ${quoted} THEN round(${limit} * (0.004 + (100 - p.score) / 100.0 * 0.02))::int END,
         CASE WHEN ${quoted} THEN (CASE WHEN ${h(8)} < 125 THEN current_date - 10 ELSE current_date + 30 + ${h(8)} % 60 END) END,
         CASE WHEN ${h(7)} >= 800 AND ${h(7)} < 900 THEN ARRAY['risk_quality']::text[] ELSE ARRAY[]::text[] END
       ${rows} JOIN "ClientCompany" c ON c."id" = 'book_cc_' || g.n`,
      [n, LIMITS, options.insurerId],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE "Organization", "ClientCompany", "Assessment", "AssessmentSnapshot", "Placement", "Submission"');
    log(`Wrote a synthetic book of ${n.toLocaleString('en')} submissions to ${options.insurerId} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return { submissions: n };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
