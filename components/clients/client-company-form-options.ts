import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { COMPANY_COUNTRIES, INDUSTRIES, industryLabelKey, REVENUE_BANDS, revenueBandLabelKey } from '@/lib/domain/company';
import { countryName } from '@/lib/i18n/country-name';
import type { TFormOption } from './client-company-form';

const FIRST_COUNTRIES = ['DE', 'AT', 'CH'];

/**
 * The choices of the client form, labelled on the server: the industry and revenue labels live in
 * the (large) questionnaire catalog, which the browser should not download for three dropdowns.
 * Countries: Germany, Austria and Switzerland first, then the rest by name in the reader's language.
 */
export async function clientCompanyFormOptions(): Promise<{ industries: TFormOption[]; revenueBands: TFormOption[]; countries: TFormOption[] }> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const collator = new Intl.Collator(locale);
  const country = (code: string): TFormOption => ({ value: code, label: countryName(code, locale) });
  return {
    industries: INDUSTRIES.map((code) => ({ value: code, label: t(industryLabelKey(code)) })),
    revenueBands: REVENUE_BANDS.map((code) => ({ value: code, label: t(revenueBandLabelKey(code)) })),
    countries: [
      ...FIRST_COUNTRIES.map(country),
      ...COMPANY_COUNTRIES.filter((code) => !FIRST_COUNTRIES.includes(code))
        .map(country)
        .sort((a, b) => collator.compare(a.label, b.label)),
    ],
  };
}
