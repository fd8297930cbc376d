// One page of a list, as every paginated query returns it (the UI's pager and the API read it alike).
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

export function toPage<T>(items: T[], total: number, query: { page: number; pageSize: number }): TPage<T> {
  return { items, total, page: query.page, pageSize: query.pageSize, pageCount: Math.max(1, Math.ceil(total / query.pageSize)) };
}

/** skip/take of a page for Prisma. */
export function pageWindow(query: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}
