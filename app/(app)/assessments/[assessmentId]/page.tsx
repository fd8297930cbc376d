import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ServerActionButton } from '@/components/forms/server-action-button';
import { StatusBadge } from '@/components/assessments/status-badge';
import { shareAssessmentAction, upgradeAssessmentAction } from '@/app/(app)/assessments/actions';
import { BoundCoverCard } from '@/components/portal/bound-cover-card';
import { MarketDecisionsCard } from '@/components/portal/market-decisions-card';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { summariseProgress } from '@/lib/assessments/progress';
import { getAssessmentOverviewForUser } from '@/lib/assessments/queries';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { mayOpenPage } from '@/lib/navigation';
import { pageTitle } from '@/lib/i18n/page-title';
import { getBoundCoverForUser, getMarketDecisionsForUser } from '@/lib/portal/queries';
import { todayIsoDate } from '@/lib/today';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, upgradeAnswers } from '@/lib/questionnaire';

export const generateMetadata = pageTitle('assessments.detailPageTitle');

// GET /assessments/:assessmentId — one assessment: progress and client access while a draft, the
// frozen result once submitted (404 outside the user's tenant).
export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requirePageUser('/assessments/[assessmentId]', { assessmentId });
  const overview = await getAssessmentOverviewForUser({ user, assessmentId });
  if (!overview) return notFoundRecord({ user, kind: 'assessment', id: assessmentId });
  const { assessment, snapshot, values, clientUserCount } = overview;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const questionnaire = getQuestionnaire(assessment.questionnaireVersion);
  const isDraft = assessment.status === 'DRAFT';
  // A revision after an insurer's questions is the broker's to finish (the others see the last result).
  const isOpenForUser = isDraft || (assessment.status === 'REVISING' && can(user, 'assessment.submit'));
  const progress = isOpenForUser && questionnaire ? summariseProgress(questionnaire, values) : null;
  const canAnswer = isOpenForUser && can(user, 'assessment.answer');
  const client = assessment.clientCompany.name;
  const upgrade =
    isDraft && assessment.questionnaireVersion !== CURRENT_QUESTIONNAIRE_VERSION && can(user, 'assessment.upgrade')
      ? upgradeAnswers({ from: assessment.questionnaireVersion, to: CURRENT_QUESTIONNAIRE_VERSION, answers: values })
      : null;

  const market =
    snapshot && user.role === 'CLIENT'
      ? await Promise.all([getBoundCoverForUser({ user, assessmentId: assessment.id }), getMarketDecisionsForUser({ user, assessmentId: assessment.id })]).then(([cover, decisions]) => ({ cover, decisions }))
      : null;

  return (
    <>
      <Link href={user.role === 'BROKER' ? `/clients/${assessment.clientCompany.id}` : '/assessments'} className="text-sm text-brand-700 hover:underline">
        ← {user.role === 'BROKER' ? t('assessments.backToClient', { client }) : t('assessments.backToList')}
      </Link>
      <PageHeader title={t('assessments.detailTitle', { client })} actions={<StatusBadge status={assessment.status} />} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {progress && (
            <Card title={t('assessments.progressTitle')} titleId="progress-heading">
              <p className="text-sm text-slate-700" data-testid="assessment-progress">
                {t('assessments.progress', { answered: progress.requiredAnswered, required: progress.requiredVisible })}
              </p>
              <div className="mt-2 h-2 rounded bg-slate-100" aria-hidden="true">
                <div className="h-2 rounded bg-brand-600" style={{ width: `${progress.requiredVisible ? Math.round((progress.requiredAnswered / progress.requiredVisible) * 100) : 100}%` }} />
              </div>
              <ul className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                {progress.sections.map((section) => (
                  <li key={section.sectionId} className="flex justify-between gap-2 text-slate-700">
                    <span>{t(`questionnaire.sections.${section.sectionId}.title`)}</span>
                    <span className="tabular-nums text-slate-500">
                      {section.requiredAnswered}/{section.requiredVisible}
                    </span>
                  </li>
                ))}
              </ul>
              {canAnswer && (
                <Link href={`/assessments/${assessment.id}/questionnaire`} className={buttonClasses('primary', 'mt-5')} data-testid="continue-questionnaire">
                  {progress.requiredAnswered > 0 ? t('assessments.continue') : t('assessments.start')}
                </Link>
              )}
              {user.role === 'CLIENT' && <p className="mt-3 text-sm text-slate-600">{t('assessments.clientSharedInfo')}</p>}
            </Card>
          )}
          {snapshot && assessment.scores && (
            <Card title={t('assessments.resultTitle')} titleId="result-heading">
              <dl className="grid gap-4 sm:grid-cols-3">
                <div>
                  <dt className="text-xs uppercase tracking-wide text-slate-500">{t('assessments.grade')}</dt>
                  <dd className="text-3xl font-semibold text-slate-900" data-testid="result-grade">
                    {assessment.scores.grade}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs uppercase tracking-wide text-slate-500">{t('assessments.score')}</dt>
                  <dd className="text-3xl font-semibold text-slate-900">{format.number(assessment.scores.score, 'score')}</dd>
                </div>
                <div>
                  <dt className="text-xs uppercase tracking-wide text-slate-500">{t('assessments.masterKey')}</dt>
                  <dd className="text-3xl font-semibold text-slate-900">{format.number(assessment.scores.masterKeyExposure, 'score')}</dd>
                </div>
              </dl>
              <p className="mt-4 text-sm text-slate-600">
                {t('assessments.submittedBy', { date: format.dateTime(new Date(snapshot.submittedAt), 'withTime'), name: snapshot.submittedBy?.name ?? '—' })}
              </p>
              <div className="mt-5 flex flex-wrap gap-3">
                <Link href={`/assessments/${assessment.id}/results`} className={buttonClasses('primary')} data-testid="open-results">
                  {t('assessments.openResults')}
                </Link>
                {mayOpenPage(user.role, '/assessments/[assessmentId]/placement') && (
                  <Link href={`/assessments/${assessment.id}/placement`} className={buttonClasses('secondary')} data-testid="open-placement">
                    {t('placement.market.link')}
                  </Link>
                )}
              </div>
              {user.role === 'UNDERWRITER' && overview.ownSubmissionId && (
                <Link href={`/submissions/${overview.ownSubmissionId}`} className={buttonClasses('secondary', 'mt-3')} data-testid="open-submission">
                  {t('placement.submission.open')}
                </Link>
              )}
            </Card>
          )}
          {/* The client portal: the bound cover, and each insurer's decision while the broker places the risk. */}
          {market && (
            <>
              <BoundCoverCard cover={market.cover} />
              {market.decisions.length > 0 && <MarketDecisionsCard decisions={market.decisions} today={todayIsoDate()} />}
            </>
          )}
        </div>
        <div className="space-y-6">
          {upgrade && (
            <Card title={t('assessments.upgradeTitle')} titleId="upgrade-heading">
              <p className="text-sm text-slate-700">
                {t('assessments.upgradeText', {
                  from: assessment.questionnaireVersion,
                  to: CURRENT_QUESTIONNAIRE_VERSION,
                  carried: upgrade.carriedQuestionIds.length,
                  removed: upgrade.droppedQuestionIds.length,
                  added: upgrade.newQuestionIds.length,
                })}
              </p>
              <div className="mt-4">
                <ServerActionButton
                  action={upgradeAssessmentAction}
                  input={{ assessmentId: assessment.id }}
                  label={t('assessments.upgrade')}
                  pendingLabel={t('assessments.upgrading')}
                  testId="upgrade-questionnaire"
                />
              </div>
            </Card>
          )}
          {isDraft && can(user, 'assessment.share') && (
            <Card title={t('assessments.accessTitle')} titleId="access-heading">
              <p className="text-sm text-slate-700">
                {assessment.sharedWithClientAt ? t('assessments.sharedSince', { client, date: format.dateTime(assessment.sharedWithClientAt, 'withTime') }) : t('assessments.notShared', { client })}
              </p>
              <p className="mt-2 text-xs text-slate-500">{t('assessments.clientUsers', { count: clientUserCount, client })}</p>
              <div className="mt-4">
                <ServerActionButton
                  action={shareAssessmentAction}
                  input={{ assessmentId: assessment.id, shared: assessment.sharedWithClientAt === null }}
                  label={assessment.sharedWithClientAt ? t('assessments.unshare') : t('assessments.share')}
                  pendingLabel={t('assessments.sharing')}
                  variant={assessment.sharedWithClientAt ? 'secondary' : 'primary'}
                  testId="share-toggle"
                />
              </div>
            </Card>
          )}
          <Card title={t('assessments.overview')} titleId="overview-heading">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-500">{t('assessments.questionnaire')}</dt>
              <dd>{assessment.questionnaireVersion}</dd>
              {snapshot && (
                <>
                  <dt className="text-slate-500">{t('assessments.modelVersion')}</dt>
                  <dd>{snapshot.modelVersion}</dd>
                  <dt className="text-slate-500">{t('assessments.digest')}</dt>
                  <dd>
                    <abbr title={t('assessments.digestHint')} className="font-mono text-xs no-underline">
                      {snapshot.digest.slice(0, 16)}…
                    </abbr>
                  </dd>
                </>
              )}
              <dt className="text-slate-500">{t('assessments.broker')}</dt>
              <dd>{`${assessment.brokerName} · ${assessment.brokerageName}`}</dd>
              <dt className="text-slate-500">{t('assessments.insurer')}</dt>
              <dd>{assessment.insurerNames.length > 0 ? assessment.insurerNames.join(', ') : isDraft ? t('assessments.notSubmitted') : t('assessments.notPlaced')}</dd>
              <dt className="text-slate-500">{t('assessments.created')}</dt>
              <dd>{format.dateTime(assessment.createdAt, 'withTime')}</dd>
              <dt className="text-slate-500">{t('assessments.updated')}</dt>
              <dd>{format.dateTime(assessment.updatedAt, 'withTime')}</dd>
              {assessment.previousAssessmentId && (
                <>
                  <dt className="text-slate-500">{t('assessments.reassessmentOf')}</dt>
                  <dd>
                    <Link href={`/assessments/${assessment.previousAssessmentId}`} className="text-brand-700 hover:underline">
                      {t('assessments.open')}
                    </Link>
                  </dd>
                </>
              )}
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
