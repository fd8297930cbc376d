import { describe, expect, test } from 'vitest';
import { pageBounds, pagerPages, toPage } from './pagination';

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
});
