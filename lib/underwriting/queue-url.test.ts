import { describe, expect, test } from 'vitest';
import { ariaSortOf } from '../pagination';
import { isFiltered, queueCsvHref, queueHref, queueKeptParams, queueSortHref, queueStatusHref } from './queue-url';
import { ZQueueQuery } from './schemas';

const query = (input: Record<string, unknown> = {}) => ZQueueQuery.parse(input);

describe('queue links', () => {
  test.each([
    [{}, {}, '/underwriting'],
    [{ status: 'QUOTED' }, {}, '/underwriting?status=QUOTED'],
    [{ grade: 'C', industry: 'manufacturing', provider: 'okta', age: 'over30' }, {}, '/underwriting?grade=C&industry=manufacturing&provider=okta&age=over30'],
    [{ q: 'Müller & Söhne' }, {}, '/underwriting?q=M%C3%BCller+%26+S%C3%B6hne'],
    [{}, { page: 3 }, '/underwriting?page=3'],
    [{ page: 3 }, { page: 1 }, '/underwriting'],
    [{}, { pageSize: 50 }, '/underwriting?pageSize=50'],
    [{ sort: 'score', dir: 'desc' }, {}, '/underwriting?sort=score&dir=desc'],
    // A direction away from the default needs the sort key too, so the link says what it sorts by.
    [{ dir: 'asc' }, {}, '/underwriting?sort=submittedAt&dir=asc'],
  ])('%j with %j → %s', (state, changes, href) => {
    expect(queueHref(query(state), changes)).toBe(href);
  });

  test('a header link flips the current column and starts others at their natural direction, on page 1', () => {
    expect(queueSortHref(query({ page: 4 }), 'submittedAt')).toBe('/underwriting?sort=submittedAt&dir=asc');
    expect(queueSortHref(query({ sort: 'submittedAt', dir: 'asc' }), 'submittedAt')).toBe('/underwriting');
    expect(queueSortHref(query({ status: 'SUBMITTED' }), 'clientName')).toBe('/underwriting?status=SUBMITTED&sort=clientName&dir=asc');
    expect(queueSortHref(query(), 'masterKeyExposure')).toBe('/underwriting?sort=masterKeyExposure&dir=desc');
    expect(queueSortHref(query(), 'effectiveGrade')).toBe('/underwriting?sort=effectiveGrade&dir=asc');
  });

  test('aria-sort names the direction of the sorted column only', () => {
    expect(ariaSortOf(query(), 'submittedAt')).toBe('descending');
    expect(ariaSortOf(query({ sort: 'score', dir: 'asc' }), 'score')).toBe('ascending');
    expect(ariaSortOf(query({ sort: 'score', dir: 'asc' }), 'submittedAt')).toBe('none');
  });

  test('a status tab keeps the other filters and the sort, from page 1', () => {
    expect(queueStatusHref(query({ grade: 'B', sort: 'score', dir: 'desc', page: 2 }), 'INFO_REQUESTED')).toBe('/underwriting?status=INFO_REQUESTED&grade=B&sort=score&dir=desc');
    expect(queueStatusHref(query({ status: 'QUOTED', grade: 'B' }), undefined)).toBe('/underwriting?grade=B');
  });

  test('the CSV has the filters and the sort but no page: it holds every page', () => {
    expect(queueCsvHref(query({ status: 'QUOTED', q: 'x', sort: 'clientName', dir: 'asc', page: 3, pageSize: 10 }))).toBe('/underwriting/queue.csv?status=QUOTED&q=x&sort=clientName&dir=asc');
    expect(queueCsvHref(query())).toBe('/underwriting/queue.csv');
  });

  test('the filter form keeps the sort and page size, not the page', () => {
    expect(queueKeptParams(query({ sort: 'score', dir: 'asc', pageSize: 50, page: 3 }))).toEqual([
      ['sort', 'score'],
      ['dir', 'asc'],
      ['pageSize', '50'],
    ]);
    expect(queueKeptParams(query({ page: 3 }))).toEqual([]);
  });

  test('filtered means any filter, not the sort or page', () => {
    expect(isFiltered(query({ sort: 'score', page: 2 }))).toBe(false);
    expect(isFiltered(query({ age: 'upTo7' }))).toBe(true);
  });
});

describe('query parameters', () => {
  test('defaults: newest first, 25 a page', () => {
    expect(query()).toEqual({ sort: 'submittedAt', dir: 'desc', page: 1, pageSize: 25 });
  });
  test.each([{ status: 'DRAFT' }, { grade: 'F' }, { industry: 'casino' }, { provider: 'entra_id' }, { age: '7' }, { sort: 'premium' }, { pageSize: 1000 }, { q: 'a\u0000b' }])(
    'refuses %j',
    (input) => {
      expect(ZQueueQuery.safeParse(input).success).toBe(false);
    },
  );
});
