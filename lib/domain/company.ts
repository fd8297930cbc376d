// The business-profile vocabulary of a client company. It IS the question bank's: the codes
// stored on ClientCompany are the option ids of the business-profile questions, so an assessment
// can be pre-filled from the company record and the rating reads one set of codes. Labels come
// from the questionnaire catalogs (`questionnaire.questions.<questionId>.options.<code>`).
import { idpExposureV1 } from '../questionnaire/definitions/idp-exposure-v1';

function optionIdsOf(questionId: string): readonly string[] {
  const question = idpExposureV1.questions.find((q) => q.id === questionId);
  if (!question || !('options' in question) || !question.options) throw new Error(`No options for ${questionId}`);
  return question.options.map((option) => option.id);
}

export const INDUSTRY_QUESTION_ID = 'bp_industry';
export const REVENUE_BAND_QUESTION_ID = 'bp_revenue_band';

export const INDUSTRIES = optionIdsOf(INDUSTRY_QUESTION_ID);
export const REVENUE_BANDS = optionIdsOf(REVENUE_BAND_QUESTION_ID);

/** Catalog keys of the labels, for `t(...)`. */
export const industryLabelKey = (code: string) => `questionnaire.questions.${INDUSTRY_QUESTION_ID}.options.${code}`;
export const revenueBandLabelKey = (code: string) => `questionnaire.questions.${REVENUE_BAND_QUESTION_ID}.options.${code}`;

/** The bp_country answer for a company's ISO 3166-1 country code (EU/EEA members not listed → other_eu_eea). */
const COUNTRY_ANSWER: Readonly<Record<string, string>> = { DE: 'germany', AT: 'austria', CH: 'switzerland', GB: 'united_kingdom' };
const EU_EEA = new Set(['BE', 'BG', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']);

export function countryAnswerFor(isoCode: string): string {
  const code = isoCode.toUpperCase();
  return COUNTRY_ANSWER[code] ?? (EU_EEA.has(code) ? 'other_eu_eea' : 'rest_of_world');
}

/** Countries a client company can be registered in (ISO 3166-1 alpha-2): DACH first, then the rest of the EU/EEA, the UK and the US. */
export const COMPANY_COUNTRIES: readonly string[] = ['DE', 'AT', 'CH', ...[...EU_EEA].sort(), 'GB', 'US'];

export type TCompanyProfile = { industry: string; revenueBand: string; employeeCount: number; country: string };

/** The business-profile answers a company record already gives: an assessment starts with them filled in. */
export function businessProfileAnswersFor(company: TCompanyProfile): Record<string, string | number> {
  return {
    bp_industry: company.industry,
    bp_revenue_band: company.revenueBand,
    bp_employees: company.employeeCount,
    bp_country: countryAnswerFor(company.country),
  };
}
