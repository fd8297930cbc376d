// Policy terms of the indication: the suggested limit (advice, by revenue, records and the requested
// limit), the limit the premium prices (the requested one when given), and the retention
// (Selbstbehalt) by revenue, one band higher for a weak grade.
import type { AnswerView } from './answers';
import type { TPricingTerms } from './premium';
import { LIMIT_BANDS, RECORDS_OVER_500K_ANSWERS, REQUESTED_LIMIT_BAND, REQUESTED_LIMIT_EUR, RETENTION_BANDS, REVENUE_BAND_INDEX } from './rating-tables';
import type { TGrade } from './types';

type TLimitBandEntry = (typeof LIMIT_BANDS)[number];
type TRetentionBandEntry = (typeof RETENTION_BANDS)[number];

/** The suggested limit band and the answers it is based on, or null without a revenue band. */
export function suggestLimit(answers: AnswerView): { band: TLimitBandEntry; basis: string[] } | null {
  const revenue = answers.string('bp_revenue_band');
  if (revenue === undefined) return null;
  let index = REVENUE_BAND_INDEX[revenue] ?? 0;
  const basis = ['bp_revenue_band'];
  if (answers.isOneOf('bp_records_band', RECORDS_OVER_500K_ANSWERS)) {
    index += 1;
    basis.push('bp_records_band');
  }
  const requested = answers.string('bp_requested_limit');
  const requestedIndex = requested === undefined ? undefined : REQUESTED_LIMIT_BAND[requested];
  if (requestedIndex !== undefined && requestedIndex > index) {
    index = requestedIndex;
    basis.push('bp_requested_limit');
  }
  return { band: LIMIT_BANDS[Math.min(index, LIMIT_BANDS.length - 1)]!, basis };
}

/** Grades for which the insurer asks for a retention one band above the standard one. */
const HIGHER_RETENTION_GRADES: readonly TGrade[] = ['D', 'E'];

/** The standard retention: by revenue band alone. The premium is always priced at this retention. */
export function standardRetention(answers: AnswerView): TRetentionBandEntry | null {
  const revenue = answers.string('bp_revenue_band');
  if (revenue === undefined) return null;
  return RETENTION_BANDS[Math.min(REVENUE_BAND_INDEX[revenue] ?? 0, RETENTION_BANDS.length - 1)]!;
}

/**
 * The suggested retention: the standard one, one band higher for grade D/E (the insured shares more
 * of the attritional loss). That higher retention is imposed by the insurer for a weaker posture, so it
 * earns no retention credit: otherwise a worse grade would lower the premium.
 */
export function suggestRetention(standard: TRetentionBandEntry, grade: TGrade): TRetentionBandEntry {
  if (!HIGHER_RETENTION_GRADES.includes(grade)) return standard;
  const index = RETENTION_BANDS.findIndex((band) => band.id === standard.id) + 1;
  return RETENTION_BANDS[Math.min(index, RETENTION_BANDS.length - 1)]!;
}

/** The band a limit in EUR falls in (its top included), the largest band above them all. */
function findLimitBand(limitEur: number): TLimitBandEntry {
  return LIMIT_BANDS.find((band) => limitEur <= band.maxEur) ?? LIMIT_BANDS[LIMIT_BANDS.length - 1]!;
}

/**
 * What the premium prices: the requested limit (the top of the requested range) when the client named
 * one, else the top of the suggested band; and the standard retention's lower bound (a retention
 * raised for grade D/E earns no credit, so a weaker grade never lowers the premium). Null until the
 * revenue band is known.
 */
export function choosePricingTerms(answers: AnswerView): TPricingTerms | null {
  const suggested = suggestLimit(answers);
  const retention = standardRetention(answers);
  if (!suggested || !retention) return null;
  const requested = answers.string('bp_requested_limit');
  const requestedEur = requested === undefined ? undefined : REQUESTED_LIMIT_EUR[requested];
  const limitEur = requestedEur ?? suggested.band.maxEur;
  return {
    limitEur,
    limitBasis: requestedEur === undefined ? 'suggested' : 'requested',
    limitBandId: findLimitBand(limitEur).id,
    retentionEur: retention.minEur,
    retentionBandId: retention.id,
  };
}
