import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ClaimMoveForm } from '@/components/claims/claim-move-form';
import { ClaimNoteForm } from '@/components/claims/claim-note-form';
import { ClaimStatusBadge } from '@/components/claims/claim-status-badge';
import { DeadlineCountdown } from '@/components/claims/deadline-countdown';
import { ServerActionButton } from '@/components/forms/server-action-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { formatAnswer } from '@/lib/results/format';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EventList } from '@/components/ui/event-list';
import { PageHeader } from '@/components/ui/page-header';
import { notFoundRecord, requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { buildClaimView, type TClaimView } from '@/lib/claims/build-claim-view';
import { isFinalClaimStatus } from '@/lib/claims/claim-status';
import { getClaimForUser } from '@/lib/claims/queries';
import { isLocale } from '@/lib/i18n/config';
import { pageTitle } from '@/lib/i18n/page-title';
import { getQuestionnaire } from '@/lib/questionnaire';
import { tickClaimItemAction } from '../actions';

export const generateMetadata = pageTitle('claims.title');

// GET /claims/:claimId — one claim: status and its legal moves, notification deadlines counted from
// discovery, the playbook and evidence checklists of the snapshot in force, the timeline, and what
// the insured said at the time. For the client's broker, the client, and the underwriters of the
// insurer whose bound cover applies; 404 for everyone else.
export default async function ClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const user = await requirePageUser('/claims/[claimId]', { claimId });
  const claim = await getClaimForUser({ user, claimId });
  if (!claim) return notFoundRecord({ user, kind: 'claim', id: claimId });
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const questionnaire = getQuestionnaire(claim.snapshot.questionnaireVersion);
  if (!questionnaire) throw new Error(`Claim ${claim.id} names unknown questionnaire ${claim.snapshot.questionnaireVersion}`);
  const view = buildClaimView({ claim, questionnaire, locale: isLocale(locale) ? locale : 'en' });
  const now = new Date();
  const when = (date: Date) => format.dateTime(date, 'withTime');
  const statusLabel = (status: string) => t(`claims.statuses.${status}`);
  const isFinal = isFinalClaimStatus(claim.status);
  const mayTick = can(user, 'claim.update') && !isFinal;
  const itemTitle = new Map<string, string>([...view.playbook.map((step) => [step.itemId, step.title] as const), ...view.evidence.map((item) => [item.itemId, item.text] as const)]);

  const tickButton = (itemId: string, done: TClaimView['playbook'][number]['done']) =>
    mayTick && (
      <ServerActionButton
        action={tickClaimItemAction}
        input={{ claimId: claim.id, itemId, done: !done }}
        label={done ? t('claims.detail.undo') : t('claims.detail.markDone')}
        pendingLabel={t('claims.detail.moving')}
        variant="secondary"
        testId={`tick-${itemId}`}
      />
    );
  const doneLine = (done: TClaimView['playbook'][number]['done']) =>
    done && (
      <p className="text-xs font-medium text-emerald-800" data-testid="done-by">
        ✓ {t('claims.detail.doneBy', { name: done.doneByName ?? t('claims.detail.someone'), date: when(done.doneAt) })}
      </p>
    );

  const details: Array<[string, ReactNode]> = [
    [t('claims.detail.client'), claim.clientCompany.name],
    [t('claims.detail.broker'), claim.brokerageName],
    [t('claims.detail.insurer'), claim.insurerName ?? <span className="text-slate-500">{t('claims.detail.noInsurer')}</span>],
    [
      t('claims.detail.assessment'),
      user.role === 'UNDERWRITER' && !claim.insurerName ? (
        format.dateTime(claim.snapshot.submittedAt, 'short')
      ) : (
        <Link href={`/assessments/${claim.assessmentId}/results`} className="text-brand-700 hover:underline">
          {t('claims.detail.openAssessment', { date: format.dateTime(claim.snapshot.submittedAt, 'short') })}
        </Link>
      ),
    ],
    [t('claims.detail.description'), <span key="description" className="whitespace-pre-line">{claim.description}</span>],
    [t('claims.detail.affectedServices'), claim.affectedServices.length > 0 ? claim.affectedServices.join(', ') : t('claims.detail.none')],
    [t('claims.detail.affectedData'), claim.affectedData.length > 0 ? claim.affectedData.join(', ') : t('claims.detail.none')],
    [t('claims.detail.actionsTaken'), <span key="actions" className="whitespace-pre-line">{claim.actionsTaken ?? t('claims.detail.none')}</span>],
    [t('claims.detail.personalData'), claim.personalDataAffected ? t('claims.detail.personalDataYes') : t('claims.detail.personalDataNo')],
    [t('claims.detail.nis2'), t(`claims.nis2.${claim.nis2Entity}`)],
    [
      t('claims.detail.contacts'),
      <ul key="contacts" className="space-y-2">
        {claim.contacts.map((contact) => (
          <li key={contact.email}>
            <span className="block font-medium">{contact.name}</span>
            <span className="block text-slate-600">{contact.role}</span>
            <a href={`mailto:${contact.email}`} className="block break-all text-brand-700 hover:underline">
              {contact.email}
            </a>
            {contact.phone && <span className="block">{contact.phone}</span>}
          </li>
        ))}
      </ul>,
    ],
  ];

  return (
    <>
      <Link href="/claims" className="text-sm text-brand-700 hover:underline">
        ← {t('claims.backToList')}
      </Link>
      <PageHeader
        title={`${claim.reference} · ${claim.clientCompany.name}`}
        intro={`${t(`claims.incidentTypes.${claim.incidentType}`)} · ${t('claims.detail.discovered', { date: when(claim.discoveredAt) })} · ${t('claims.detail.reportedBy', { name: claim.reportedByName ?? t('claims.detail.someone'), date: when(claim.createdAt) })}`}
        actions={<ClaimStatusBadge status={claim.status} label={statusLabel(claim.status)} />}
      />
      <ClientMessages namespaces={['claims.detail', 'claims.validation']}>
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <Card title={t('claims.detail.statusTitle')} titleId="status-heading">
              <p className="mb-4 text-sm text-slate-600">{t('claims.detail.statusIntro')}</p>
              {isFinal ? (
                <p className="text-sm text-slate-700">{t('claims.detail.movesFinal', { status: statusLabel(claim.status) })}</p>
              ) : can(user, 'claim.transition') ? (
                <ClaimMoveForm claimId={claim.id} version={claim.version} moves={view.allowedMoves.map((to) => ({ to, label: t(`claims.moves.${to}`) }))} />
              ) : (
                <p className="text-sm text-slate-700">{t('claims.detail.noMoveRight')}</p>
              )}
            </Card>

            <Card title={t('claims.detail.deadlinesTitle')} titleId="deadlines-heading">
              <p className="mb-4 text-sm text-slate-600">{t('claims.detail.deadlinesIntro')}</p>
              <ul className="divide-y divide-slate-100" data-testid="claim-deadlines">
                {view.deadlines.map((deadline) => (
                  <li key={deadline.id} className="grid grid-cols-1 gap-x-6 gap-y-1 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-baseline" data-testid={`deadline-${deadline.id}`}>
                    <span className="text-sm text-slate-800">{deadline.label}</span>
                    <span className="sm:text-right">
                      {deadline.dueAt ? (
                        <>
                          <DeadlineCountdown dueAt={deadline.dueAt.toISOString()} renderedAt={now.toISOString()} />
                          <span className="block text-xs text-slate-500">{t('claims.detail.dueAt', { date: when(deadline.dueAt) })}</span>
                        </>
                      ) : (
                        <span className="text-sm text-slate-600">{t('claims.detail.withoutDelay')}</span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>

            <Card title={t('claims.detail.playbookTitle')} titleId="playbook-heading">
              <p className="mb-4 text-sm text-slate-600">{t('claims.detail.playbookIntro')}</p>
              <ol className="divide-y divide-slate-100" data-testid="claim-playbook">
                {view.playbook.map((step) => (
                  <li key={step.itemId} className="flex flex-wrap items-start justify-between gap-4 py-3" data-testid={`item-${step.itemId}`} data-done={Boolean(step.done)}>
                    <div className="min-w-0 flex-1 space-y-1">
                      <p className="text-sm font-medium text-slate-900">
                        {step.order}. {step.title} {step.urgent && <Badge tone="danger">{t('claims.detail.urgent')}</Badge>}
                      </p>
                      <p className="text-xs text-slate-600">
                        {step.phaseLabel} · {step.ownerRole}
                      </p>
                      <p className="text-sm text-slate-700">{step.description}</p>
                      {doneLine(step.done)}
                    </div>
                    {tickButton(step.itemId, step.done)}
                  </li>
                ))}
              </ol>
            </Card>

            <Card title={t('claims.detail.evidenceTitle')} titleId="evidence-heading">
              <p className="mb-4 text-sm text-slate-600">{t('claims.detail.evidenceIntro')}</p>
              <ul className="divide-y divide-slate-100" data-testid="claim-evidence">
                {view.evidence.map((item) => {
                  const isExpired = item.exportBy !== null && item.exportBy.getTime() < now.getTime();
                  return (
                    <li key={item.itemId} className="flex flex-wrap items-start justify-between gap-4 py-3" data-testid={`item-${item.itemId}`} data-done={Boolean(item.done)}>
                      <div className="min-w-0 flex-1 space-y-1">
                        <p className="text-sm font-medium text-slate-900">
                          {item.text} <Badge tone={item.status === 'ready' ? 'success' : item.status === 'missing' ? 'danger' : item.status === 'at_risk' ? 'warning' : 'neutral'}>{item.statusLabel}</Badge>
                        </p>
                        {item.exportBy && (
                          <p className={isExpired && !item.done ? 'text-sm font-semibold text-red-700' : 'text-sm font-semibold text-slate-900'} data-testid="export-by">
                            {isExpired ? t('claims.detail.expired') : t('claims.detail.exportBy', { date: when(item.exportBy) })}
                            <span className="block text-xs font-normal text-slate-600">
                              {item.isRetentionAssumed ? t('claims.detail.retentionAssumed', { days: item.retentionDays ?? 0 }) : t('claims.detail.retentionReported', { days: item.retentionDays ?? 0 })}
                            </span>
                          </p>
                        )}
                        {doneLine(item.done)}
                      </div>
                      {tickButton(item.itemId, item.done)}
                    </li>
                  );
                })}
              </ul>
            </Card>

            <Card title={t('claims.detail.timelineTitle')} titleId="timeline-heading">
              <div className="mb-6">
                <EventList
                  testId="claim-timeline"
                  entries={claim.timeline.map((event) => ({
                    id: event.id,
                    kind: event.kind,
                    meta: `${when(event.createdAt)} · ${event.authorName ?? t('claims.detail.someone')}`,
                    body:
                      event.kind === 'note'
                        ? event.body
                        : event.kind === 'checklist'
                          ? t(event.data.done ? 'claims.detail.eventTicked' : 'claims.detail.eventUnticked', { item: itemTitle.get(event.data.itemId ?? '') ?? event.data.itemId ?? '' })
                          : event.data.from
                            ? t('claims.detail.eventStatus', { from: statusLabel(event.data.from), to: statusLabel(event.data.to ?? '') })
                            : t('claims.detail.eventReported'),
                  }))}
                />
              </div>
              {can(user, 'claim.update') && <ClaimNoteForm claimId={claim.id} />}
            </Card>
          </div>

          <div className="space-y-6">
            <Card title={t('claims.detail.incidentTitle')} titleId="incident-heading">
              <dl className="space-y-3 text-sm">
                {details.map(([term, value]) => (
                  <div key={term}>
                    <dt className="text-slate-500">{term}</dt>
                    <dd className="text-slate-900">{value}</dd>
                  </div>
                ))}
              </dl>
            </Card>
            <Card title={t('claims.detail.statementsTitle')} titleId="statements-heading">
              <p className="mb-4 text-sm text-slate-600">{t('claims.detail.statementsIntro', { date: format.dateTime(claim.snapshot.submittedAt, 'short') })}</p>
              <div className="space-y-5" data-testid="claim-statements">
                {view.statements.map((section) => (
                  <section key={section.sectionId} aria-labelledby={`statements-${section.sectionId}`}>
                    <h3 id={`statements-${section.sectionId}`} className="mb-2 text-sm font-semibold text-slate-900">
                      {section.title}
                    </h3>
                    <dl className="space-y-2 text-sm">
                      {section.answers.map((answer) => (
                        <div key={answer.questionId}>
                          <dt className="text-slate-600">{answer.question}</dt>
                          <dd className="font-medium text-slate-900">{formatAnswer(format, answer.answer)}</dd>
                        </div>
                      ))}
                    </dl>
                  </section>
                ))}
              </div>
            </Card>
          </div>
        </div>
      </ClientMessages>
    </>
  );
}
