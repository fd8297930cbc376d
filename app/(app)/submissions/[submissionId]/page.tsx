import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { reviewSubjectivityAction, reviseAnswersAction, startReviewAction, withdrawSubmissionAction } from '@/app/(app)/submissions/actions';
import { ServerActionButton } from '@/components/forms/server-action-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SubjectivityBadges, SubmissionStatusBadge } from '@/components/placement/submission-badges';
import { DeclineForm, FulfilSubjectivityForm, OverrideForm, QuoteForm, RequestInformationForm, RespondForm } from '@/components/placement/submission-forms';
import { ClaimsStage } from '@/components/results/claims-stage';
import { formatAnswer, formatEur, formatIsoDate, formatPoints } from '@/lib/results/format';
import { ProtectionStage } from '@/components/results/protection-stage';
import { RiskStage } from '@/components/results/risk-stage';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EventList } from '@/components/ui/event-list';
import { PageHeader } from '@/components/ui/page-header';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { isLocale } from '@/lib/i18n/config';
import { pageTitle } from '@/lib/i18n/page-title';
import { isQuoteExpired, isSubjectivityOverdue } from '@/lib/placement/flags';
import { getSubmissionForUser } from '@/lib/placement/queries';
import { addDays, buildReviewAnswers, buildRevisedAnswers, buildScoreRows, suggestedSubjectivities } from '@/lib/placement/review-view';
import { DECLINE_REASONS } from '@/lib/placement/schemas';
import { canTransitionSubmission } from '@/lib/placement/submission-status';
import { getQuestionnaire } from '@/lib/questionnaire';
import { buildResultsView } from '@/lib/results/build-results-view';
import { parseResultsStage, RESULTS_STAGES } from '@/lib/results/stages';
import { cn } from '@/lib/cn';
import { todayIsoDate } from '@/lib/today';

export const generateMetadata = pageTitle('placement.submission.pageTitle');

type TProps = { params: Promise<{ submissionId: string }>; searchParams: Promise<{ stage?: string | string[] }> };

// GET /submissions/:submissionId — one insurer's submission. The underwriter reviews the full result,
// the answers with the broker's notes and the client's history, overrides the model and decides;
// the broker follows the status and thread, answers questions, fulfils subjectivities, withdraws.
// Anyone else (another insurer, another brokerage) gets 404.
export default async function SubmissionPage({ params, searchParams }: TProps) {
  const [{ submissionId }, { stage: stageParam }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser('/submissions/[submissionId]', { submissionId });
  const submission = await getSubmissionForUser({ user, submissionId });
  if (!submission) return notFoundRecord({ user, kind: 'submission', id: submissionId });
  const [t, format, locale] = await Promise.all([getTranslations('placement'), getFormatter(), getLocale()]);
  const questionnaire = getQuestionnaire(submission.snapshot.questionnaireVersion);
  if (!questionnaire) throw new Error(`Snapshot ${submission.snapshot.id} names unknown questionnaire ${submission.snapshot.questionnaireVersion}`);
  const lang = isLocale(locale) ? locale : 'en';
  const today = todayIsoDate();
  const view = buildResultsView({ result: submission.snapshot.result, locale: lang, questionnaire, submittedOn: todayIsoDate(submission.snapshot.submittedAt) });
  const isUnderwriter = can(user, 'submission.review');
  const isBroker = can(user, 'submission.respond');
  const { id, version, status } = submission;
  const scoreRows = buildScoreRows({ view, gradeLabel: t('override.grade'), overrides: submission.overrides });
  const overridesInForce = scoreRows.filter((row) => row.override !== null);
  const expired = isQuoteExpired({ status, validUntil: submission.terms.validUntil, today });
  const overdue = submission.subjectivities.filter((s) => isSubjectivityOverdue({ status: s.status, dueDate: s.dueDate, today }));
  const money = (value: number | null) => (value === null ? '—' : formatEur(format, value));
  const stage = parseResultsStage(stageParam);
  const undecided = status === 'SUBMITTED' || status === 'IN_REVIEW';
  const insurance = view.protection.insurance;
  const revisedAnswers = submission.revision.previous
    ? buildRevisedAnswers({ questionnaire, locale: lang, before: submission.revision.previous.answers, after: submission.snapshot.answers })
    : null;

  return (
    <>
      <Link href={isBroker ? `/assessments/${submission.assessmentId}/placement` : `/assessments/${submission.assessmentId}`} className="text-sm text-brand-700 hover:underline">
        ← {isBroker ? t('submission.backToMarket') : t('submission.backToAssessment')}
      </Link>
      <PageHeader
        title={t('submission.title', { client: submission.clientName, insurer: submission.insurerName })}
        intro={t('submission.intro', { brokerage: submission.brokerageName, broker: submission.brokerName, date: format.dateTime(submission.submittedAt, 'withTime') })}
        actions={
          <div className="flex items-center gap-3">
            <SubmissionStatusBadge status={status} />
            <Link href={`/submissions/${id}/audit`} className={buttonClasses('secondary')} data-testid="open-audit">
              {t('submission.auditLink')}
            </Link>
          </div>
        }
      />
      {(expired || overdue.length > 0 || submission.placement.isBoundElsewhere) && (
        <div className="mb-6 space-y-2" data-testid="submission-flags">
          {expired && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t('flags.quoteExpired', { date: formatIsoDate(format, submission.terms.validUntil!) })}</p>}
          {overdue.length > 0 && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t('flags.overdue', { count: overdue.length })}</p>}
          {submission.placement.isBoundElsewhere && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t('flags.boundElsewhere')}</p>}
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {(status === 'QUOTED' || status === 'BOUND' || status === 'NOT_TAKEN_UP') && (
            <Card title={t('terms.title')} titleId="terms-heading">
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-4" data-testid="final-terms">
                <div>
                  <dt className="text-slate-500">{t('terms.limitEur')}</dt>
                  <dd className="font-medium tabular-nums">{money(submission.terms.limitEur)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('terms.retentionEur')}</dt>
                  <dd className="font-medium tabular-nums">{money(submission.terms.retentionEur)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('terms.premiumEur')}</dt>
                  <dd className="font-medium tabular-nums">{money(submission.terms.premiumEur)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('terms.validUntil')}</dt>
                  <dd className="font-medium">{submission.terms.validUntil ? formatIsoDate(format, submission.terms.validUntil) : '—'}</dd>
                </div>
              </dl>
              <p className="mt-3 text-sm text-slate-700">
                {t('terms.gradeLine', { grade: submission.effectiveGrade, model: submission.grade })}
              </p>
              {overridesInForce.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="terms-overrides">
                  {overridesInForce.map((row) => (
                    <li key={row.target}>{t('terms.overrideLine', { target: row.label, model: row.modelValue, value: row.override!.value, justification: row.override!.justification })}</li>
                  ))}
                </ul>
              )}
            </Card>
          )}
          {status === 'DECLINED' && (
            <Card title={t('terms.declinedTitle')} titleId="declined-heading">
              <p className="text-sm text-slate-800" data-testid="decline-reasons">{submission.declineReasons.map((reason) => t(`declineReasons.${reason}`)).join(', ')}</p>
              {submission.declineNote && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{submission.declineNote}</p>}
            </Card>
          )}

          {submission.subjectivities.length > 0 && (
            <Card title={t('subjectivities.title')} titleId="subjectivities-heading">
              <ul className="divide-y divide-slate-100">
                {submission.subjectivities.map((subjectivity) => {
                  const isOverdue = isSubjectivityOverdue({ status: subjectivity.status, dueDate: subjectivity.dueDate, today });
                  return (
                    <li key={subjectivity.id} className="py-3" data-testid="subjectivity" data-subjectivity={subjectivity.id}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <p className="text-sm font-medium text-slate-900">{subjectivity.text}</p>
                        <SubjectivityBadges status={subjectivity.status} isOverdue={isOverdue} />
                      </div>
                      <p className="text-xs text-slate-500">{t('subjectivities.due', { date: formatIsoDate(format, subjectivity.dueDate) })}</p>
                      {subjectivity.fulfilledNote && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{t('subjectivities.fulfilledNote', { note: subjectivity.fulfilledNote })}</p>}
                      {subjectivity.evidence && (
                        <p className="mt-1 text-sm">
                          <a href={`/submissions/${id}/evidence/${subjectivity.evidence.id}`} className="text-brand-700 hover:underline" data-testid="evidence-link">
                            {t('subjectivities.download', { name: subjectivity.evidence.fileName, size: format.number(subjectivity.evidence.size / 1024, { maximumFractionDigits: 0 }) })}
                          </a>
                        </p>
                      )}
                      {subjectivity.reviewNote && <p className="mt-1 text-sm text-slate-700">{t('subjectivities.reviewNote', { note: subjectivity.reviewNote })}</p>}
                      {isUnderwriter && (
                        <div className="mt-2 flex flex-wrap gap-2">
                          {subjectivity.status === 'FULFILLED' && (
                            <ServerActionButton
                              action={reviewSubjectivityAction}
                              input={{ submissionId: id, version, subjectivityId: subjectivity.id, decision: 'accept' }}
                              label={t('subjectivities.accept')}
                              pendingLabel={t('saving')}
                              testId={`accept-${subjectivity.id}`}
                            />
                          )}
                          {subjectivity.status !== 'OPEN' && (
                            <ServerActionButton
                              action={reviewSubjectivityAction}
                              input={{ submissionId: id, version, subjectivityId: subjectivity.id, decision: 'reopen' }}
                              label={t('subjectivities.reopen')}
                              pendingLabel={t('saving')}
                              variant="secondary"
                              testId={`reopen-${subjectivity.id}`}
                            />
                          )}
                        </div>
                      )}
                      {isBroker && subjectivity.status === 'OPEN' && (status === 'QUOTED' || status === 'BOUND') && (
                        <ClientMessages namespaces={['placement', 'validation']}>
                          <FulfilSubjectivityForm submissionId={id} version={version} subjectivityId={subjectivity.id} />
                        </ClientMessages>
                      )}
                    </li>
                  );
                })}
              </ul>
            </Card>
          )}

          <Card title={t('thread.title')} titleId="thread-heading">
            {submission.messages.length === 0 ? (
              <p className="text-sm text-slate-600">{t('thread.empty')}</p>
            ) : (
              <EventList
                testId="thread"
                entries={submission.messages.map((message) => ({
                  id: message.id,
                  kind: message.kind,
                  isMarked: message.kind === 'question',
                  meta: `${t(`thread.kinds.${message.kind}`)} · ${message.authorName ?? '—'} · ${format.dateTime(message.createdAt, 'withTime')}`,
                  body: message.body,
                }))}
              />
            )}
            {isBroker && status === 'INFO_REQUESTED' && (
              <div className="mt-4 space-y-4">
                <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="revision">
                  {submission.revision.isOpen ? (
                    <>
                      <p>{t('revision.open')}</p>
                      <Link href={`/assessments/${submission.assessmentId}/questionnaire?step=review`} className={buttonClasses('secondary', 'mt-3')} data-testid="continue-revision">
                        {t('revision.continue')}
                      </Link>
                    </>
                  ) : submission.revision.readySequence ? (
                    <p data-testid="revision-ready">{t('revision.ready', { sequence: submission.revision.readySequence })}</p>
                  ) : (
                    <>
                      <p>{t('revision.offer')}</p>
                      <div className="mt-3">
                        <ServerActionButton action={reviseAnswersAction} input={{ submissionId: id, version }} label={t('revision.start')} pendingLabel={t('revision.starting')} variant="secondary" testId="revise-answers" />
                      </div>
                    </>
                  )}
                </div>
                <ClientMessages namespaces={['placement', 'validation']}>
                  <RespondForm submissionId={id} version={version} />
                </ClientMessages>
              </div>
            )}
            {isUnderwriter && status === 'INFO_REQUESTED' && submission.revision.isOpen && (
              <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="revision-open">
                {t('revision.underwriterOpen')}
              </p>
            )}
          </Card>

          {isUnderwriter && (
            <>
              <Card title={t('override.title')} titleId="override-heading">
                <table className="w-full text-left text-sm" data-testid="score-rows">
                  <thead className="text-xs uppercase tracking-wide text-slate-500">
                    <tr>
                      <th scope="col" className="py-1 pr-3">{t('override.item')}</th>
                      <th scope="col" className="py-1 pr-3">{t('override.model')}</th>
                      <th scope="col" className="py-1 pr-3">{t('override.inForce')}</th>
                      <th scope="col" className="py-1">{t('override.justificationColumn')}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {scoreRows.map((row) => (
                      <tr key={row.target} data-target={row.target}>
                        <th scope="row" className="py-1.5 pr-3 font-normal text-slate-800">{row.label}</th>
                        <td className="py-1.5 pr-3 tabular-nums">{row.modelValue}</td>
                        <td className="py-1.5 pr-3 font-medium tabular-nums" data-testid="override-value-cell">{row.override ? row.override.value : '—'}</td>
                        <td className="py-1.5 text-slate-700">{row.override ? `${row.override.justification} (${row.override.authorName ?? '—'})` : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {undecided && (
                  <div className="mt-4 border-t border-slate-200 pt-4">
                    <ClientMessages namespaces={['placement', 'validation']}>
                      <OverrideForm submissionId={id} version={version} targets={scoreRows.map((row) => ({ value: row.target, label: `${row.label} (${t('override.modelShort', { value: row.modelValue })})` }))} />
                    </ClientMessages>
                  </div>
                )}
              </Card>

              {revisedAnswers && (
                <Card title={t('revision.changedTitle', { from: submission.revision.previous!.sequence })} titleId="revised-heading">
                  <p className="mb-3 text-sm text-slate-600">
                    {revisedAnswers.length > 0 ? t('revision.changedIntro', { count: revisedAnswers.length, to: submission.snapshot.sequence }) : t('revision.none')}
                  </p>
                  {revisedAnswers.length > 0 && (
                    <dl className="divide-y divide-slate-100 text-sm" data-testid="revised-answers">
                      {revisedAnswers.map((row) => (
                        <div key={row.questionId} className="grid gap-1 py-2 sm:grid-cols-3" data-question={row.questionId}>
                          <dt className="text-slate-600">{row.question}</dt>
                          <dd className="text-slate-500 line-through decoration-slate-400">
                            <span className="sr-only">{t('revision.before')}: </span>
                            {row.before ? formatAnswer(format, row.before) : t('revision.notAnswered')}
                          </dd>
                          <dd className="font-medium text-slate-900">
                            <span className="sr-only">{t('revision.after')}: </span>
                            {row.after ? formatAnswer(format, row.after) : t('revision.notAnswered')}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </Card>
              )}

              <Card title={t('answers.title')} titleId="answers-heading">
                <dl className="divide-y divide-slate-100 text-sm" data-testid="review-answers">
                  {buildReviewAnswers({ questionnaire, locale: lang, answers: submission.snapshot.answers, notes: submission.answerNotes }).map((row) => (
                    <div key={row.questionId} className="grid gap-1 py-2 sm:grid-cols-2">
                      <dt className="text-slate-600">{row.question}</dt>
                      <dd className="text-slate-900">
                        {formatAnswer(format, row.answer)}
                        {row.note && <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-xs text-slate-700">{t('answers.note', { note: row.note })}</p>}
                      </dd>
                    </div>
                  ))}
                </dl>
              </Card>

              <section aria-labelledby="result-heading" className="space-y-4">
                <h2 id="result-heading" className="text-lg font-semibold text-slate-900">{t('submission.resultTitle')}</h2>
                <nav aria-label={t('submission.stages')} className="border-b border-slate-200">
                  <ol className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
                    {RESULTS_STAGES.map((candidate) => (
                      <li key={candidate}>
                        <Link
                          href={`/submissions/${id}?stage=${candidate}`}
                          aria-current={candidate === stage ? 'page' : undefined}
                          className={cn('inline-flex border-b-2 px-4 py-2', candidate === stage ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900')}
                        >
                          {t(`submission.stage.${candidate}`)}
                        </Link>
                      </li>
                    ))}
                  </ol>
                </nav>
                {stage === 'risk' && <RiskStage assessmentId={submission.assessmentId} view={view} />}
                {stage === 'protection' && <ProtectionStage assessmentId={submission.assessmentId} view={view} />}
                {stage === 'claims' && <ClaimsStage assessmentId={submission.assessmentId} view={view} />}
              </section>
            </>
          )}
        </div>

        <div className="space-y-6">
          <Card title={t('submission.overview')} titleId="overview-heading">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-500">{t('override.grade')}</dt>
              <dd data-testid="effective-grade">{submission.effectiveGrade !== submission.grade ? t('terms.gradeOverridden', { grade: submission.effectiveGrade, model: submission.grade }) : submission.grade}</dd>
              <dt className="text-slate-500">{t('submission.score')}</dt>
              <dd>{formatPoints(format, submission.score)}</dd>
              <dt className="text-slate-500">{t('submission.masterKey')}</dt>
              <dd>{formatPoints(format, submission.masterKeyExposure)}</dd>
              <dt className="text-slate-500">{t('submission.coverRequest')}</dt>
              <dd>
                {t('submission.coverRequestValue', {
                  limit: money(submission.placement.requestedLimitEur),
                  retention: money(submission.placement.requestedRetentionEur),
                  start: formatIsoDate(format, submission.placement.coverStartDate),
                })}
              </dd>
              <dt className="text-slate-500">{t('submission.version')}</dt>
              <dd className="tabular-nums" data-testid="submission-version">{version}</dd>
            </dl>
          </Card>

          {isUnderwriter && (
            <Card title={t('model.title')} titleId="model-heading">
              <p className="text-sm font-medium text-slate-900" data-testid="model-insurability">{insurance.outcomeLabel}</p>
              {insurance.reasons.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                  {insurance.reasons.map((reason) => (
                    <li key={reason.id}>{reason.text}</li>
                  ))}
                </ul>
              )}
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-500">{t('model.suggestedLimit')}</dt>
                <dd>{insurance.suggestedLimit.label}</dd>
                <dt className="text-slate-500">{t('model.retention')}</dt>
                <dd>{insurance.retention.label}</dd>
                <dt className="text-slate-500">{t('model.premium')}</dt>
                <dd>{insurance.premium ? `${money(insurance.premium.amountEur)} (${money(insurance.premium.lowEur)}–${money(insurance.premium.highEur)})` : '—'}</dd>
              </dl>
              <p className="mt-2 text-xs text-slate-500">{insurance.premiumDisclaimer}</p>
            </Card>
          )}

          {isUnderwriter && submission.history.length > 0 && (
            <Card title={t('history.title')} titleId="history-heading">
              <ul className="space-y-1 text-sm" data-testid="client-history">
                {submission.history.map((entry) => (
                  <li key={entry.id} className="flex justify-between gap-2">
                    <Link href={`/submissions/${entry.id}`} className="text-brand-700 hover:underline">
                      {format.dateTime(entry.submittedAt, 'short')}
                    </Link>
                    <span>{t('history.entry', { grade: entry.effectiveGrade, score: formatPoints(format, entry.score), status: t(`status.${entry.status}`) })}</span>
                  </li>
                ))}
              </ul>
            </Card>
          )}

          {isUnderwriter && undecided && (
            <Card title={t('decision.title')} titleId="decision-heading">
              <div className="space-y-6">
                {canTransitionSubmission({ from: status, to: 'IN_REVIEW', actor: 'underwriter' }) && (
                  <ServerActionButton action={startReviewAction} input={{ submissionId: id, version }} label={t('decision.startReview')} pendingLabel={t('saving')} variant="secondary" testId="start-review" />
                )}
                <ClientMessages namespaces={['placement', 'validation']}>
                  <details className="group" data-testid="decision-request">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('decision.requestInformation')}</summary>
                    <div className="mt-3">
                      <RequestInformationForm submissionId={id} version={version} />
                    </div>
                  </details>
                  <details className="group" data-testid="decision-quote">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('decision.quote')}</summary>
                    <div className="mt-3">
                      <QuoteForm
                        submissionId={id}
                        version={version}
                        defaults={{
                          limitEur: submission.placement.requestedLimitEur,
                          retentionEur: submission.placement.requestedRetentionEur,
                          premiumEur: insurance.premium?.amountEur ?? null,
                          validUntil: addDays(today, 30),
                          subjectivities: suggestedSubjectivities({ view, today }),
                        }}
                      />
                    </div>
                  </details>
                  <details className="group" data-testid="decision-decline">
                    <summary className="cursor-pointer text-sm font-medium text-red-700">{t('decision.decline')}</summary>
                    <div className="mt-3">
                      <DeclineForm submissionId={id} version={version} reasons={DECLINE_REASONS.map((reason) => ({ value: reason, label: t(`declineReasons.${reason}`) }))} />
                    </div>
                  </details>
                </ClientMessages>
              </div>
            </Card>
          )}

          {isBroker && canTransitionSubmission({ from: status, to: 'WITHDRAWN', actor: 'broker' }) && (
            <Card title={t('withdraw.title')} titleId="withdraw-heading">
              <p className="mb-3 text-sm text-slate-600">{t('withdraw.text')}</p>
              <ServerActionButton action={withdrawSubmissionAction} input={{ submissionId: id, version }} label={t('withdraw.submit')} pendingLabel={t('saving')} variant="danger" testId="withdraw" />
            </Card>
          )}
          {expired && <Badge tone="danger">{t('terms.expired')}</Badge>}
        </div>
      </div>
    </>
  );
}
