// Links of the underwriting queue (/underwriting) and its CSV download: filters, sort and page live
// in the URL, so every state of the queue can be bookmarked and shared, the page works without
// JavaScript, and the download holds exactly the rows the page shows (all of them, not one page).
import { nextSortDirection } from '../pagination';
import { ZQueueQuery, type TQueueQuery, type TQueueSortKey } from './schemas';

export const QUEUE_PATH = '/underwriting';
export const QUEUE_CSV_PATH = '/underwriting/queue.csv';

const DEFAULTS = ZQueueQuery.parse({});
/** In the order of the filter form, so the enhanced form and the links spell a state alike. */
const FILTER_KEYS = ['status', 'q', 'grade', 'industry', 'provider', 'age'] as const;

/** Numbers and dates read best largest or newest first; names, grades and the workflow A to Z. */
const FIRST_DIRECTION: Record<TQueueSortKey, 'asc' | 'desc'> = {
  submittedAt: 'desc',
  clientName: 'asc',
  score: 'desc',
  effectiveGrade: 'asc',
  masterKeyExposure: 'desc',
  status: 'asc',
};

function searchOf(query: TQueueQuery, options: { withPaging: boolean }): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== DEFAULTS.sort || query.dir !== DEFAULTS.dir) {
    params.set('sort', query.sort);
    params.set('dir', query.dir);
  }
  if (options.withPaging) {
    if (query.pageSize !== DEFAULTS.pageSize) params.set('pageSize', String(query.pageSize));
    if (query.page !== 1) params.set('page', String(query.page));
  }
  return params.toString();
}

/** The /underwriting URL of a queue state. Parameters at their defaults are left out, so links stay short and canonical. */
export function queueHref(query: TQueueQuery, changes: Partial<TQueueQuery> = {}): string {
  const search = searchOf({ ...query, ...changes }, { withPaging: true });
  return search ? `${QUEUE_PATH}?${search}` : QUEUE_PATH;
}

/** The CSV of the same filters and sort, every page. */
export function queueCsvHref(query: TQueueQuery): string {
  const search = searchOf(query, { withPaging: false });
  return search ? `${QUEUE_CSV_PATH}?${search}` : QUEUE_CSV_PATH;
}

/** A status tab: the same filters with another status (or none), from page 1. */
export function queueStatusHref(query: TQueueQuery, status: TQueueQuery['status']): string {
  return queueHref(query, { status, page: 1 });
}

/** The link of a column header: another column starts at its natural direction, the current one flips; both go back to page 1. */
export function queueSortHref(query: TQueueQuery, key: TQueueSortKey): string {
  return queueHref(query, { sort: key, dir: nextSortDirection(query, key, FIRST_DIRECTION), page: 1 });
}

/** The hidden fields a filter form carries so that a new filter keeps the sort and page size (the page starts over). */
export function queueKeptParams(query: TQueueQuery): Array<[string, string]> {
  const kept: Array<[string, string]> = [];
  if (query.sort !== DEFAULTS.sort || query.dir !== DEFAULTS.dir) kept.push(['sort', query.sort], ['dir', query.dir]);
  if (query.pageSize !== DEFAULTS.pageSize) kept.push(['pageSize', String(query.pageSize)]);
  return kept;
}

export function isFiltered(query: TQueueQuery): boolean {
  return FILTER_KEYS.some((key) => Boolean(query[key]));
}
