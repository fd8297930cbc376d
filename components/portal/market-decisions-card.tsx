// The insured's view of the placement: every insurer the broker asked, with its decision and the
// terms it offered, side by side. The broker records the choice (binds); this card only informs.
import { getTranslations } from 'next-intl/server';
import { MarketColumn } from '@/components/placement/market-column';
import { Card } from '@/components/ui/card';
import type { TMarketDecision } from '@/lib/portal/types';

export async function MarketDecisionsCard({ decisions, today }: { decisions: TMarketDecision[]; today: string }) {
  const t = await getTranslations('portal.decisions');
  return (
    <Card title={t('title')} titleId="decisions-heading">
      <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
      <div className="grid gap-4 md:grid-cols-2" data-testid="market-decisions">
        {decisions.map((decision) => (
          <MarketColumn key={decision.id} column={decision} today={today} />
        ))}
      </div>
    </Card>
  );
}
