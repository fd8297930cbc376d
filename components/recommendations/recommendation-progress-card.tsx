// The client's progress on the recommendations of a submitted assessment: state and note per
// recommendation, with a form for whoever may track them (the client, the broker). Server component.
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { TRecommendationProgress } from '@/lib/recommendations/types';
import type { TRecommendationView } from '@/lib/results/build-results-view';
import { RecommendationProgressForm } from './recommendation-progress-form';

/** How many of the top-ranked recommendations the card offers for tracking. */
const TRACKED_RECOMMENDATIONS = 8;

export async function RecommendationProgressCard({
  assessmentId,
  recommendations,
  progress,
  mayTrack,
  isClient,
}: {
  assessmentId: string;
  recommendations: TRecommendationView[];
  progress: Record<string, TRecommendationProgress>;
  mayTrack: boolean;
  isClient: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations('recommendations'), getFormatter()]);
  // The eight highest-ranked recommendations and every one already planned or done: one form each
  // (all 46 made the protection stage's HTML 240 KB).
  const tracked = recommendations.filter((recommendation) => recommendation.rank <= TRACKED_RECOMMENDATIONS || progress[recommendation.id]);
  if (tracked.length === 0) return null;
  return (
    <Card title={t('title')} titleId="recommendation-progress" headingLevel={3}>
      <p className="mb-4 text-sm text-slate-600">{isClient ? t('intro') : t('brokerIntro')}</p>
      <ClientMessages namespaces={['recommendations', 'validation']}>
        <ol className="divide-y divide-slate-100" data-testid="recommendation-progress">
          {tracked.map((recommendation) => {
            const current = progress[recommendation.id];
            return (
              <li key={recommendation.id} className="grid gap-3 py-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]" data-testid={`progress-${recommendation.id}`} data-state={current?.state ?? 'OPEN'}>
                <div className="space-y-1">
                  <p className="text-sm font-medium text-slate-900">
                    {recommendation.rank}. {recommendation.title}
                  </p>
                  <p className="text-sm">
                    <Badge tone={current?.state === 'DONE' ? 'success' : current?.state === 'PLANNED' ? 'info' : 'neutral'}>{t(`states.${current?.state ?? 'OPEN'}`)}</Badge>
                    {current && <span className="ml-2 text-xs text-slate-500">{t('updatedBy', { name: current.updatedByName ?? '—', date: format.dateTime(current.updatedAt, 'withTime') })}</span>}
                  </p>
                  {current?.note && <p className="whitespace-pre-line text-sm text-slate-700" data-testid="progress-note">{current.note}</p>}
                </div>
                {mayTrack && <RecommendationProgressForm assessmentId={assessmentId} recommendationId={recommendation.id} title={recommendation.title} state={current?.state ?? null} note={current?.note ?? null} />}
              </li>
            );
          })}
        </ol>
      </ClientMessages>
    </Card>
  );
}
