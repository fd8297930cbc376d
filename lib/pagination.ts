// One page of a list, as every paginated query returns it (the UI's pager and the API read it alike).
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

export function toPage<T>(items: T[], total: number, query: { page: number; pageSize: number }): TPage<T> {
  return { items, total, page: query.page, pageSize: query.pageSize, pageCount: Math.max(1, Math.ceil(total / query.pageSize)) };
}

/** skip/take of a page for Prisma. */
export function pageWindow(query: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** 1-based positions of the first and last item on a page, for "26–50 of 312" (0 and 0 when there is none). */
export function pageBounds(page: TPage<unknown>): { first: number; last: number } {
  if (page.items.length === 0) return { first: 0, last: 0 };
  const first = (page.page - 1) * page.pageSize + 1;
  return { first, last: first + page.items.length - 1 };
}

/**
 * The page numbers a pager links to: the first, the last, and `around` pages either side of the
 * current one; null marks a gap ("1 … 4 5 6 … 400"). A gap of a single page shows that page instead.
 */
export function pagerPages(current: number, pageCount: number, around = 1): Array<number | null> {
  const shown = new Set([1, pageCount]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= pageCount) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const pages: Array<number | null> = [];
  for (const page of sorted) {
    const previous = pages.at(-1);
    if (typeof previous === 'number' && page - previous === 2) pages.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) pages.push(null);
    pages.push(page);
  }
  return pages;
}

/**
 * skip/take of a page for a table of `total` rows, read from whichever end is nearer: PostgreSQL
 * walks and discards every skipped row, so the last of 400 pages would read 10,000 index entries
 * for 25 rows. With `fromEnd`, query in the reverse order and reverse the rows again. `take` is 0
 * past the end.
 */
export function pageWindowFromNearerEnd(query: { page: number; pageSize: number }, total: number): { skip: number; take: number; fromEnd: boolean } {
  const { skip, take } = pageWindow(query);
  const available = Math.max(0, Math.min(take, total - skip));
  if (skip <= total - skip - available) return { skip, take: available, fromEnd: false };
  return { skip: Math.max(0, total - skip - available), take: available, fromEnd: true };
}

/** A list's sort as its URL carries it. */
export type TListSort<TKey extends string> = { sort: TKey; dir: 'asc' | 'desc' };

/** The direction a column header links to: the sorted column flips, another starts at its natural direction. */
export function nextSortDirection<TKey extends string>(current: TListSort<TKey>, key: TKey, firstDirection: Record<TKey, 'asc' | 'desc'>): 'asc' | 'desc' {
  if (current.sort !== key) return firstDirection[key];
  return current.dir === 'asc' ? 'desc' : 'asc';
}

/** aria-sort of a column header: the direction of the sorted column, 'none' for the others. */
export function ariaSortOf<TKey extends string>(current: TListSort<TKey>, key: TKey): 'ascending' | 'descending' | 'none' {
  if (current.sort !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}
