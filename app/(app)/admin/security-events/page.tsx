import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';
import { findSecurityEventsForAdmin, parseSecurityEventFilters, SECURITY_EVENTS_PAGE_LIMIT } from '@/lib/security-events/queries';
import { SECURITY_EVENT_TYPES } from '@/lib/security-events/types';

export const generateMetadata = pageTitle('security.events.title');

// GET /admin/security-events — the security log with filters (admins only). A plain GET form: the
// filters are the query string, so a filtered view can be bookmarked or shared.
export default async function SecurityEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/admin/security-events');
  const filters = parseSecurityEventFilters(await searchParams);
  const [t, format, events] = await Promise.all([getTranslations(), getFormatter(), findSecurityEventsForAdmin({ user, filters })]);
  return (
    <>
      <PageHeader title={t('security.events.title')} intro={t('security.events.intro', { limit: SECURITY_EVENTS_PAGE_LIMIT })} />
      <form method="get" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-5" data-testid="event-filters">
        <Field id="filter-type" label={t('security.events.filterType')}>
          <Select id="filter-type" name="type" defaultValue={filters.type ?? ''}>
            <option value="">{t('security.events.allTypes')}</option>
            {SECURITY_EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`security.events.types.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-user" label={t('security.events.filterUser')}>
          <Input id="filter-user" name="user" defaultValue={filters.user ?? ''} />
        </Field>
        <Field id="filter-from" label={t('security.events.filterFrom')}>
          <Input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} />
        </Field>
        <Field id="filter-to" label={t('security.events.filterTo')}>
          <Input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} />
        </Field>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClasses('primary')}>
            {t('security.events.apply')}
          </button>
          <Link href="/admin/security-events" className={buttonClasses('secondary')}>
            {t('security.events.reset')}
          </Link>
        </div>
      </form>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">{t('security.events.none')}</p>
      ) : (
        <Table caption={t('security.events.title')} headers={[t('security.events.time'), t('security.events.event'), t('security.events.user'), t('security.events.address'), t('security.events.details')]}>
          {events.map((event) => (
            <tr key={event.id} data-testid="security-event-row">
              <Td>{format.dateTime(event.createdAt, 'withTime')}</Td>
              <Td className="px-4 py-3 text-slate-700">
                <span className="font-medium text-slate-900">{t(`security.events.types.${event.type}`)}</span>
                <br />
                <span className="font-mono text-xs text-slate-500">{event.type}</span>
              </Td>
              <Td className="break-all px-4 py-3 text-slate-700">
                {event.user ? event.user.email : (event.email ?? '—')}
                {event.role && <span className="block text-xs text-slate-500">{t(`roles.${event.role}`)}</span>}
                {event.target && <span className="block text-xs text-slate-500">→ {event.target.email}</span>}
              </Td>
              <Td className="px-4 py-3 text-slate-700">
                {event.ip ?? '—'}
                {event.userAgent && <span className="block max-w-40 truncate text-xs text-slate-500" title={event.userAgent}>{event.userAgent}</span>}
              </Td>
              <Td className="px-4 py-3 text-slate-700">
                <code className="block min-w-32 max-w-56 whitespace-pre-wrap break-all text-xs text-slate-600">{JSON.stringify(event.data)}</code>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
