// One schema per client-company input, shared by the react-hook-form forms, the server actions and
// the REST API (which also documents them in OpenAPI). Messages are catalog keys under `validation.*`.
// The brokerage and the responsible broker are never part of an input: they come from the session.
import { z } from 'zod';
import { COMPANY_COUNTRIES, INDUSTRIES, REVENUE_BANDS } from '../domain/company';
import { zListPage, zListPageSize, zRecordId, zSearchTerm, zSingleLineText } from '../validation';

/** The question bank's bounds of bp_employees, so a company record can always pre-fill it. */
export const EMPLOYEES_MIN = 1;
export const EMPLOYEES_MAX = 1_000_000;

const zOptionalText = (max: number) =>
  z
    .union([zSingleLineText({ min: 1, max, tooShort: 'validation.required' }), z.literal('')])
    .optional()
    .nullable()
    .transform((value) => (value ? value : null));

export const ZClientCompanyFields = z.object({
  name: zSingleLineText({ min: 2, max: 160, tooShort: 'validation.companyNameTooShort' }),
  industry: z.enum(INDUSTRIES as [string, ...string[]], 'validation.chooseIndustry'),
  country: z.enum(COMPANY_COUNTRIES as [string, ...string[]], 'validation.chooseCountry'),
  revenueBand: z.enum(REVENUE_BANDS as [string, ...string[]], 'validation.chooseRevenueBand'),
  employeeCount: z.coerce
    .number('validation.employeesInvalid')
    .int('validation.employeesInvalid')
    .min(EMPLOYEES_MIN, 'validation.employeesInvalid')
    .max(EMPLOYEES_MAX, 'validation.employeesInvalid'),
  emailDomain: z
    .union([
      z
        .string()
        .trim()
        .toLowerCase()
        .max(253, 'validation.tooLong')
        .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'validation.domainInvalid'),
      z.literal(''),
    ])
    .optional()
    .nullable()
    .transform((value) => (value ? value : null)),
  contactName: zOptionalText(120),
  contactEmail: z
    .union([z.string().trim().toLowerCase().max(320, 'validation.tooLong').pipe(z.email('validation.emailInvalid')), z.literal('')])
    .optional()
    .nullable()
    .transform((value) => (value ? value : null)),
});

export const ZCreateClientCompanyInput = ZClientCompanyFields;
export type TClientCompanyFormValues = z.input<typeof ZClientCompanyFields>;
export type TCreateClientCompanyInput = z.output<typeof ZCreateClientCompanyInput>;

/** A PATCH: any subset of the fields, at least one. */
export const ZUpdateClientCompanyFields = ZClientCompanyFields.partial().refine((fields) => Object.values(fields).some((value) => value !== undefined), 'validation.nothingToChange');
export const ZUpdateClientCompanyInput = z.object({ clientCompanyId: zRecordId(), fields: ZUpdateClientCompanyFields });
export type TUpdateClientCompanyInput = z.output<typeof ZUpdateClientCompanyInput>;

export const CLIENT_SORT_KEYS = ['name', 'industry', 'country', 'employeeCount', 'updatedAt'] as const;
export const CLIENT_PAGE_SIZES = [10, 25, 50, 100] as const;

/** The client list's query parameters (page URL and API): search, sort, page. */
export const ZClientListQuery = z.object({
  q: zSearchTerm().optional(),
  sort: z.enum(CLIENT_SORT_KEYS, 'validation.invalid').default('name'),
  dir: z.enum(['asc', 'desc'], 'validation.invalid').default('asc'),
  page: zListPage(),
  pageSize: zListPageSize(CLIENT_PAGE_SIZES, 25),
});
export type TClientListQuery = z.output<typeof ZClientListQuery>;
