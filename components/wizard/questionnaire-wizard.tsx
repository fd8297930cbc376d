'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { submitAssessmentAction } from '@/app/(app)/assessments/actions';
import type { TPreview } from '@/lib/assessments/preview';
import { summariseProgress } from '@/lib/assessments/progress';
import type { TAnswersState } from '@/lib/assessments/types';
import { REVIEW_STEP, wizardSteps, type TWizardQuestion, type TWizardView } from '@/lib/assessments/wizard-view';
import { getQuestion, isAnswered, isQuestionVisible, pruneHiddenAnswers, type TAnswerValue, type TQuestionnaire } from '@/lib/questionnaire';
import { todayIsoDate } from '@/lib/today';
import { AnswerSync } from '@/lib/wizard/answer-sync';
import { createHttpTransport } from '@/lib/wizard/http-transport';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { PreviewPanel } from './preview-panel';
import { ProgressNav } from './progress-nav';
import { ReviewStep } from './review-step';
import { SaveStatus } from './save-status';
import { StepForm } from './step-form';

/** How often an open wizard asks for other people's saves (also on focus and when back online). */
const PULL_INTERVAL_MS = 10_000;
const PREVIEW_DELAY_MS = 500;

type TProps = {
  assessmentId: string;
  userId: string;
  questionnaire: TQuestionnaire;
  view: TWizardView;
  initialAnswers: TAnswersState;
  initialStep: string;
  initialFocus: string | null;
  initialPreview: TPreview | null;
  canSubmit: boolean;
  /** Questions of a reassessment pre-filled from recommendations the client marked done. */
  prefilledQuestionIds?: string[];
};

function stepFromUrl(steps: readonly string[], fallback: string): { step: string; focus: string | null } {
  const params = new URLSearchParams(window.location.search);
  const step = params.get('step');
  return { step: step && steps.includes(step) ? step : fallback, focus: params.get('focus') };
}

export function QuestionnaireWizard({ assessmentId, userId, questionnaire, view, initialAnswers, initialStep, initialFocus, initialPreview, canSubmit, prefilledQuestionIds }: TProps) {
  const prefilled = useMemo(() => new Set(prefilledQuestionIds ?? []), [prefilledQuestionIds]);
  const t = useTranslations('wizard');
  const router = useRouter();
  const [preview, setPreview] = useState(initialPreview);
  const [previewLoading, setPreviewLoading] = useState(false);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refreshPreview = useCallback(() => {
    if (previewTimer.current) clearTimeout(previewTimer.current);
    previewTimer.current = setTimeout(async () => {
      setPreviewLoading(true);
      try {
        const response = await fetch(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/preview`, { cache: 'no-store' });
        if (response.ok) setPreview((await response.json()) as TPreview);
      } catch {
        // Offline: the preview catches up with the next save.
      } finally {
        setPreviewLoading(false);
      }
    }, PREVIEW_DELAY_MS);
  }, [assessmentId]);

  const [sync] = useState(
    () =>
      new AnswerSync({
        initial: initialAnswers,
        transport: createHttpTransport(assessmentId),
        storageKey: `signet:answers:${assessmentId}:${userId}`,
        clock: { now: () => Date.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
        isOnline: () => navigator.onLine,
        onSaved: () => refreshPreview(),
      }),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);

  useEffect(() => {
    sync.attachStorage(window.localStorage);
    const pull = () => void sync.pull();
    const online = () => {
      sync.online();
      pull();
    };
    const offline = () => sync.offline();
    const visible = () => document.visibilityState === 'visible' && pull();
    const leave = () => sync.flushOnExit();
    const timer = setInterval(pull, PULL_INTERVAL_MS);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('focus', pull);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('focus', pull);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', visible);
      sync.dispose();
    };
  }, [sync]);

  // The answers as this user sees them: the server's, overlaid by their own unsent changes.
  const values = useMemo(() => {
    const merged: Record<string, TAnswerValue | null> = {};
    for (const [questionId, record] of Object.entries(snapshot.server)) merged[questionId] = record.value;
    for (const [questionId, change] of Object.entries(snapshot.pending)) merged[questionId] = change.value;
    return merged;
  }, [snapshot.server, snapshot.pending]);
  const notes = useMemo(() => {
    const merged: Record<string, string | null> = {};
    for (const [questionId, record] of Object.entries(snapshot.server)) merged[questionId] = record.note;
    for (const [questionId, change] of Object.entries(snapshot.pending)) if (change.note !== undefined) merged[questionId] = change.note;
    return merged;
  }, [snapshot.server, snapshot.pending]);

  const visibleAnswers = useMemo(() => pruneHiddenAnswers(questionnaire, values), [questionnaire, values]);
  const isVisible = useCallback((question: TWizardQuestion) => isQuestionVisible(getQuestion(questionnaire, question.id)!, visibleAnswers), [questionnaire, visibleAnswers]);
  const progress = useMemo(() => summariseProgress(questionnaire, values), [questionnaire, values]);

  const steps = useMemo(() => wizardSteps(view), [view]);
  // "Today" of the app's time zone, read when a step shows (a page left open overnight moves on with it).
  const today = todayIsoDate();
  const [step, setStep] = useState(initialStep);
  const [focus, setFocus] = useState(initialFocus);

  const goTo = useCallback((next: string, questionId: string | null = null) => {
    setStep(next);
    setFocus(questionId);
    window.history.pushState(null, '', `?step=${encodeURIComponent(next)}${questionId ? `&focus=${encodeURIComponent(questionId)}` : ''}`);
    if (!questionId) window.scrollTo({ top: 0 });
  }, []);

  useEffect(() => {
    const onPop = () => {
      const fromUrl = stepFromUrl(steps, steps[0]!);
      setStep(fromUrl.step);
      setFocus(fromUrl.focus);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [steps]);

  // Inputs wait for the page to run: an answer given before hydration would be undone by it.
  const hydrated = useHydrated();

  // Resume where the answers stop: scroll to the question and put the keyboard there (once the inputs are enabled).
  useEffect(() => {
    if (!focus || !hydrated) return;
    const element = document.getElementById(`q-${focus}`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.querySelector<HTMLElement>('input, textarea, select')?.focus({ preventScroll: true });
  }, [focus, step, hydrated]);

  const section = view.sections.find((entry) => entry.id === step);
  const stepIndex = steps.indexOf(step);
  const readOnly = snapshot.status === 'locked' || !hydrated;
  const questionsOf = (sectionId: string) => view.questions.filter((question) => question.sectionId === sectionId && isVisible(question));
  const sectionById = new Map(view.sections.map((entry) => [entry.id, entry]));
  const itemsFor = (predicate: (question: TWizardQuestion) => boolean) =>
    view.questions.filter((question) => isVisible(question) && predicate(question)).map((question) => ({ question, section: sectionById.get(question.sectionId)! }));

  const submit = async () => {
    const result = await submitAssessmentAction({ assessmentId });
    if (result.ok) router.push(`/assessments/${assessmentId}/results`);
    // Refused as incomplete: somebody changed an answer meanwhile. Fetch it, so the lists show why.
    else void sync.pull();
    return result;
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)_17rem]">
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <ProgressNav sections={view.sections} progress={progress} current={step} onSelect={(next) => goTo(next)} />
      </aside>

      <div className="min-w-0 space-y-4">
        <div className="sticky top-0 z-10 -mx-1 rounded-md bg-slate-50/95 px-1 py-2 backdrop-blur">
          <SaveStatus snapshot={snapshot} resultsHref={`/assessments/${assessmentId}/results`} />
        </div>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('stepOf', { step: stepIndex + 1, steps: steps.length })}</p>
          <h2 className="mt-1 text-xl font-semibold text-slate-900" data-testid="step-title">
            {section ? section.title : t('reviewStep')}
          </h2>
          {section && <p className="mt-1 max-w-prose text-sm text-slate-600">{section.description}</p>}
        </div>

        {section ? (
          <StepForm
            key={section.id}
            sectionId={section.id}
            questions={questionsOf(section.id)}
            questionnaire={questionnaire}
            snapshot={snapshot}
            values={values}
            notes={notes}
            today={today}
            readOnly={readOnly}
            prefilledQuestionIds={prefilled}
            onAnswer={(questionId, value, note) => sync.set(questionId, value, note)}
            onConfirm={(questionIds) => sync.confirm(questionIds)}
            onResolve={(questionId, choice) => sync.resolveConflict(questionId, choice)}
          />
        ) : (
          <ReviewStep
            sections={view.sections}
            progress={progress}
            missing={itemsFor((question) => question.required && !isAnswered(values[question.id]))}
            carriedOver={itemsFor((question) => Boolean(snapshot.server[question.id]?.carriedOver) && !(question.id in snapshot.pending) && (values[question.id] ?? null) !== null)}
            conflicts={itemsFor((question) => question.id in snapshot.conflicts)}
            waiting={itemsFor((question) => question.id in snapshot.pending && !(question.id in snapshot.rejected) && !(question.id in snapshot.conflicts))}
            rejected={itemsFor((question) => question.id in snapshot.rejected)}
            isSaving={snapshot.status === 'saving' || Object.keys(snapshot.pending).length > 0}
            canSubmit={canSubmit && snapshot.status !== 'locked'}
            isReady={hydrated}
            onGoTo={(sectionId, questionId) => goTo(sectionId, questionId)}
            onSubmit={submit}
          />
        )}

        <div className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-4">
          {stepIndex > 0 ? (
            <Button variant="secondary" disabled={!hydrated} onClick={() => goTo(steps[stepIndex - 1]!)}>
              ← {t('previous')}
            </Button>
          ) : (
            <span />
          )}
          {stepIndex < steps.length - 1 && (
            <Button disabled={!hydrated} onClick={() => goTo(steps[stepIndex + 1]!)} data-testid="next-step">
              {steps[stepIndex + 1] === REVIEW_STEP ? t('toReview') : t('next', { section: sectionById.get(steps[stepIndex + 1]!)!.title })} →
            </Button>
          )}
        </div>
      </div>

      <aside className="lg:sticky lg:top-4 lg:self-start">
        <PreviewPanel preview={preview} sectionTitles={Object.fromEntries(view.sections.map((entry) => [entry.id, entry.title]))} isUpdating={previewLoading} />
      </aside>
    </div>
  );
}
