import Link from 'next/link';
import { Search } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { clientListHref } from '@/lib/clients/list-url';
import type { TClientListQuery } from '@/lib/clients/schemas';

/**
 * Search by name as a plain GET form: the result is a URL like any other state of the list, and it
 * works before (or without) JavaScript. The sort and page size are kept; the page starts over.
 */
export function ClientSearchForm({ query, labels }: { query: TClientListQuery; labels: { search: string; searchHint: string; submit: string; clear: string } }) {
  const withoutSearch = clientListHref(query, { q: undefined, page: 1 });
  // What the list keeps across a new search (sort, page size), as the list's own links spell it.
  const kept = new URLSearchParams(withoutSearch.split('?')[1] ?? '');
  return (
    <form method="get" action="/clients" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="w-full max-w-sm">
        <label htmlFor="client-search" className="block text-sm font-medium text-slate-800">
          {labels.search}
        </label>
        <div className="relative mt-1">
          <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
          <Input id="client-search" name="q" type="search" defaultValue={query.q ?? ''} maxLength={100} placeholder={labels.searchHint} className="pl-9" />
        </div>
      </div>
      {[...kept].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary">
        {labels.submit}
      </Button>
      {query.q && (
        <Link href={withoutSearch} className="px-2 py-2 text-sm text-brand-700 hover:underline">
          {labels.clear}
        </Link>
      )}
    </form>
  );
}
