// Links of the client list (/clients): search, sort and page live in the URL, so every state of the
// list can be bookmarked, shared and opened in a new tab, and the page works without JavaScript.
import { ariaSortOf, nextSortDirection } from '../pagination';
import { CLIENT_SORT_KEYS, ZClientListQuery, type TClientListQuery } from './schemas';

type TSortKey = (typeof CLIENT_SORT_KEYS)[number];

const DEFAULTS = ZClientListQuery.parse({});

/** Numbers and dates read best largest or newest first; names A to Z. */
const FIRST_DIRECTION: Record<TSortKey, 'asc' | 'desc'> = { name: 'asc', industry: 'asc', country: 'asc', employeeCount: 'desc', updatedAt: 'desc' };

/** The /clients URL of a list state. Parameters at their defaults are left out, so links stay short and canonical. */
export function clientListHref(query: TClientListQuery, changes: Partial<TClientListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.sort !== DEFAULTS.sort || next.dir !== DEFAULTS.dir) {
    params.set('sort', next.sort);
    params.set('dir', next.dir);
  }
  if (next.pageSize !== DEFAULTS.pageSize) params.set('pageSize', String(next.pageSize));
  if (next.page !== 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/clients?${search}` : '/clients';
}

/** The link of a column header: sorting by another column starts at its natural direction, the current one flips; both go back to page 1. */
export function clientSortHref(query: TClientListQuery, key: TSortKey): string {
  return clientListHref(query, { sort: key, dir: nextSortDirection(query, key, FIRST_DIRECTION), page: 1 });
}

/** aria-sort of a column header (the same rule for every sortable list). */
export { ariaSortOf };
