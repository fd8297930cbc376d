// The cover a client has: the bound quote's terms (or that nothing is bound yet). Server component.
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { TBoundCover } from '@/lib/portal/types';

export async function BoundCoverCard({ cover }: { cover: TBoundCover | null }) {
  const [t, format] = await Promise.all([getTranslations('portal.cover'), getFormatter()]);
  const eur = (value: number | null) => (value === null ? '—' : format.number(value, 'eur'));
  return (
    <Card title={t('title')} titleId="cover-heading">
      {cover ? (
        <dl className="grid gap-4 text-sm sm:grid-cols-3" data-testid="bound-cover">
          {(
            [
              [t('insurer'), cover.insurerName],
              [t('limit'), eur(cover.limitEur)],
              [t('retention'), eur(cover.retentionEur)],
              [t('premium'), eur(cover.premiumEur)],
              [t('coverStart'), format.dateTime(cover.coverStartDate, 'short')],
              [t('boundAt'), cover.boundAt ? format.dateTime(cover.boundAt, 'short') : '—'],
            ] as const
          ).map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs uppercase tracking-wide text-slate-500">{term}</dt>
              <dd className="font-semibold text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-sm text-slate-600" data-testid="bound-cover">
          {t('none')}
        </p>
      )}
    </Card>
  );
}
