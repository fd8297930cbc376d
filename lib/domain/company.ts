// Reference lists for a client company's business profile. Codes are stored; labels are in the
// message catalogs under `company.industry.<code>` and `company.revenueBand.<code>`.
export const INDUSTRIES = [
  'manufacturing',
  'healthcare',
  'financial_services',
  'legal_professional',
  'retail_ecommerce',
  'logistics_transport',
  'public_sector',
  'education',
  'technology_saas',
  'energy_utilities',
  'construction_real_estate',
  'hospitality',
  'other',
] as const;
export type TIndustry = (typeof INDUSTRIES)[number];

export const REVENUE_BANDS = ['eur_0_2m', 'eur_2m_10m', 'eur_10m_50m', 'eur_50m_100m', 'eur_100m_500m', 'eur_500m_plus'] as const;
export type TRevenueBand = (typeof REVENUE_BANDS)[number];

/** ISO 3166-1 alpha-2 codes offered first in forms; any valid code is accepted. */
export const PRIMARY_COUNTRIES = ['DE', 'AT', 'CH', 'LU', 'NL', 'GB', 'IE', 'US'] as const;
