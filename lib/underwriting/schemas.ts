// The underwriting queue's query parameters, shared by the page (/underwriting), its CSV download
// (/underwriting/queue.csv) and the links between them: filters, sort and page all live in the URL.
import { z } from 'zod';
import { SubmissionStatus } from '../db/generated/enums';
import { INDUSTRIES } from '../domain/company';
import { SCENARIO_PROVIDERS } from '../placement/submission-facts';
import type { TGrade } from '../scoring/types';
import { zListPage, zListPageSize, zSearchTerm } from '../validation';

export const QUEUE_SORT_KEYS = ['submittedAt', 'clientName', 'score', 'effectiveGrade', 'masterKeyExposure', 'status'] as const;
export type TQueueSortKey = (typeof QUEUE_SORT_KEYS)[number];
export const QUEUE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const QUEUE_GRADES = ['A', 'B', 'C', 'D', 'E'] as const satisfies readonly TGrade[];
/** Age of a submission in whole days since it was submitted: up to a week, up to a month, older. */
export const QUEUE_AGE_BUCKETS = ['upTo7', 'from8To30', 'over30'] as const;
export type TQueueAgeBucket = (typeof QUEUE_AGE_BUCKETS)[number];
/** The CSV holds every row of the filter, up to this many (a whole book is 100,000 at most). */
export const QUEUE_CSV_MAX_ROWS = 100_000;

export const ZQueueFilters = z.object({
  status: z.enum(SubmissionStatus, 'validation.invalid').optional(),
  grade: z.enum(QUEUE_GRADES, 'validation.invalid').optional(),
  industry: z.enum(INDUSTRIES as [string, ...string[]], 'validation.invalid').optional(),
  provider: z.enum(SCENARIO_PROVIDERS, 'validation.invalid').optional(),
  age: z.enum(QUEUE_AGE_BUCKETS, 'validation.invalid').optional(),
  q: zSearchTerm().optional(),
});

export const ZQueueQuery = ZQueueFilters.extend({
  sort: z.enum(QUEUE_SORT_KEYS, 'validation.invalid').default('submittedAt'),
  dir: z.enum(['asc', 'desc'], 'validation.invalid').default('desc'),
  page: zListPage(),
  pageSize: zListPageSize(QUEUE_PAGE_SIZES, 25),
});
export type TQueueQuery = z.output<typeof ZQueueQuery>;
export type TQueueFilters = z.output<typeof ZQueueFilters>;
