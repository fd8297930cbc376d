'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { TPreview } from '@/lib/assessments/preview';
import { cn } from '@/lib/cn';
import { Badge, type TBadgeTone } from '@/components/ui/badge';

const SEVERITY_TONE: Record<string, TBadgeTone> = { critical: 'danger', high: 'warning', medium: 'info', low: 'neutral' };
const GRADE_TONE: Record<string, string> = {
  A: 'bg-emerald-600',
  B: 'bg-lime-600',
  C: 'bg-amber-500',
  D: 'bg-orange-600',
  E: 'bg-red-700',
};

/** The provisional score beside the form: grade, score, sections, master-key exposure, top findings. No premium. */
export function PreviewPanel({ preview, sectionTitles, isUpdating }: { preview: TPreview | null; sectionTitles: Record<string, string>; isUpdating: boolean }) {
  const t = useTranslations('wizard.preview');
  const format = useFormatter();
  return (
    <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="preview">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="preview-heading" className="text-sm font-semibold text-slate-900">
          {t('title')}
        </h2>
        {isUpdating && <span className="text-xs text-slate-500">{t('updating')}</span>}
      </div>
      {!preview ? (
        <p className="mt-2 text-sm text-slate-600">{t('unavailable')}</p>
      ) : (
        <div className="mt-3 space-y-4">
          <div className="flex items-center gap-3">
            <span aria-hidden="true" className={cn('inline-flex h-12 w-12 items-center justify-center rounded-lg text-2xl font-bold text-white', GRADE_TONE[preview.grade] ?? 'bg-slate-500')}>
              {preview.grade}
            </span>
            <div>
              <p className="text-sm font-medium text-slate-900" data-testid="preview-grade">
                {preview.gradeLabel}
              </p>
              <p className="text-sm text-slate-700">
                {t('score')}: <span data-testid="preview-score">{format.number(preview.score, 'score')}</span> <span className="text-xs text-slate-500">({t('scoreHint')})</span>
              </p>
            </div>
          </div>
          <p className={cn('rounded-md px-2 py-1 text-xs', preview.provisional ? 'bg-amber-50 text-amber-900' : 'bg-emerald-50 text-emerald-900')}>
            {preview.provisional ? t('provisional') : t('final')}
          </p>
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('masterKey')}</p>
            <p className="text-sm text-slate-800">
              {format.number(preview.masterKey.score, 'score')} / 100 · {preview.masterKey.levelLabel}
            </p>
          </div>
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('sections')}</p>
            <ul className="mt-1 space-y-1.5">
              {preview.sections.map((section) => (
                <li key={section.sectionId} className="text-xs">
                  <div className="flex justify-between gap-2 text-slate-700">
                    <span className="truncate">{sectionTitles[section.sectionId] ?? section.sectionId}</span>
                    <span className="shrink-0 tabular-nums">{section.score === null ? t('noScore') : format.number(section.score, 'integer')}</span>
                  </div>
                  <div className="mt-0.5 h-1.5 rounded bg-slate-100" aria-hidden="true">
                    <div className="h-1.5 rounded bg-brand-600" style={{ width: `${section.score ?? 0}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('findings')}</p>
            <p className="mt-1 flex flex-wrap gap-1">
              {(['critical', 'high', 'medium', 'low'] as const).map((severity) => (
                <Badge key={severity} tone={SEVERITY_TONE[severity]}>
                  {t(`severity.${severity}`)}: {preview.findingCounts[severity]}
                </Badge>
              ))}
            </p>
            {preview.topFindings.length === 0 ? (
              <p className="mt-1 text-xs text-slate-600">{t('noFindings')}</p>
            ) : (
              <ul className="mt-2 list-disc space-y-1 pl-4 text-xs text-slate-700">
                {preview.topFindings.map((finding) => (
                  <li key={finding.id}>{finding.title}</li>
                ))}
              </ul>
            )}
          </div>
          <p className="text-xs text-slate-500">{t('noPremium')}</p>
        </div>
      )}
    </section>
  );
}
