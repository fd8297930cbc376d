import { describe, expect, test } from 'vitest';
import { ariaSortOf, clientListHref, clientSortHref } from './list-url';
import { ZClientListQuery } from './schemas';

const query = (input: Record<string, unknown> = {}) => ZClientListQuery.parse(input);

describe('client list links', () => {
  test.each([
    [{}, {}, '/clients'],
    [{ q: 'hansen' }, {}, '/clients?q=hansen'],
    [{ q: 'Müller & Söhne' }, {}, '/clients?q=M%C3%BCller+%26+S%C3%B6hne'],
    [{}, { page: 3 }, '/clients?page=3'],
    [{ page: 3 }, { page: 1 }, '/clients'],
    [{}, { pageSize: 50 }, '/clients?pageSize=50'],
    [{ sort: 'employeeCount', dir: 'desc' }, {}, '/clients?sort=employeeCount&dir=desc'],
    // A direction away from the default needs the sort key too, so the link says what it sorts by.
    [{ dir: 'desc' }, {}, '/clients?sort=name&dir=desc'],
    [{ q: 'gmbh', sort: 'country', dir: 'asc', pageSize: 10, page: 2 }, {}, '/clients?q=gmbh&sort=country&dir=asc&pageSize=10&page=2'],
  ])('%j with %j → %s', (state, changes, href) => {
    expect(clientListHref(query(state), changes)).toBe(href);
  });

  test('a header link flips the current column and starts others at their natural direction, on page 1', () => {
    expect(clientSortHref(query({ page: 4 }), 'name')).toBe('/clients?sort=name&dir=desc');
    expect(clientSortHref(query({ sort: 'name', dir: 'desc' }), 'name')).toBe('/clients');
    expect(clientSortHref(query({ page: 4 }), 'employeeCount')).toBe('/clients?sort=employeeCount&dir=desc');
    expect(clientSortHref(query({ q: 'x' }), 'updatedAt')).toBe('/clients?q=x&sort=updatedAt&dir=desc');
    expect(clientSortHref(query(), 'industry')).toBe('/clients?sort=industry&dir=asc');
  });

  test('aria-sort names the direction of the sorted column only', () => {
    expect(ariaSortOf(query(), 'name')).toBe('ascending');
    expect(ariaSortOf(query({ sort: 'employeeCount', dir: 'desc' }), 'employeeCount')).toBe('descending');
    expect(ariaSortOf(query({ sort: 'employeeCount', dir: 'desc' }), 'name')).toBe('none');
  });
});
