import { describe, expect, test } from 'vitest';
import { pageBounds, pagerPages, pageWindowFromNearerEnd, toPage } from './pagination';

describe('pagination', () => {
  test.each([
    [[1, 2, 3], 3, 1, 3, { first: 1, last: 3 }],
    [Array.from({ length: 25 }, (_, i) => i), 312, 2, 25, { first: 26, last: 50 }],
    [[1, 2], 52, 3, 25, { first: 51, last: 52 }],
    [[], 0, 1, 25, { first: 0, last: 0 }],
    // A page past the end (a stale link) has no items.
    [[], 10, 5, 25, { first: 0, last: 0 }],
  ])('%#: bounds of a page', (items, total, page, pageSize, bounds) => {
    expect(pageBounds(toPage(items, total, { page, pageSize }))).toEqual(bounds);
  });

  test.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, null, 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [5, 400, [1, null, 4, 5, 6, null, 400]],
    [400, 400, [1, null, 399, 400]],
    // A gap of one page shows the page rather than an ellipsis.
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i links to %j', (current, pageCount, pages) => {
    expect(pagerPages(current, pageCount)).toEqual(pages);
  });

  test.each([
    // page, pageSize, total → window
    [1, 25, 10_000, { skip: 0, take: 25, fromEnd: false }],
    [200, 25, 10_000, { skip: 4975, take: 25, fromEnd: false }],
    [201, 25, 10_000, { skip: 4975, take: 25, fromEnd: true }],
    [400, 25, 10_000, { skip: 0, take: 25, fromEnd: true }],
    // A partial last page: 4 rows, the first 4 from the end.
    [401, 25, 10_004, { skip: 0, take: 4, fromEnd: true }],
    [2, 10, 12, { skip: 0, take: 2, fromEnd: true }],
    [1, 25, 3, { skip: 0, take: 3, fromEnd: false }],
    [1, 25, 0, { skip: 0, take: 0, fromEnd: false }],
    [5, 25, 10, { skip: 0, take: 0, fromEnd: true }],
  ])('page %i of size %i in %i rows is read as %j', (page, pageSize, total, window) => {
    expect(pageWindowFromNearerEnd({ page, pageSize }, total)).toEqual(window);
  });

  test('reading from the nearer end returns the same rows as skipping from the start', () => {
    const rows = Array.from({ length: 103 }, (_, index) => index);
    for (const pageSize of [10, 25]) {
      for (let page = 1; page <= 12; page++) {
        const { skip, take } = { skip: (page - 1) * pageSize, take: pageSize };
        const window = pageWindowFromNearerEnd({ page, pageSize }, rows.length);
        const read = window.fromEnd ? [...rows].reverse().slice(window.skip, window.skip + window.take).reverse() : rows.slice(window.skip, window.skip + window.take);
        expect(read).toEqual(rows.slice(skip, skip + take));
      }
    }
  });
});
