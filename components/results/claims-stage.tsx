// Stage 3 of the results: claims readiness, the incident playbook tailored to the answers (steps in
// order, deadlines with what they count from, contacts, logs to preserve), the evidence checklist
// and the known limitations of an investigation today.
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { cn } from '@/lib/cn';
import type { TResultsView } from '@/lib/results/build-results-view';
import type { TEvidenceStatus } from '@/lib/scoring';
import { formatPoints } from '@/lib/results/format';
import { BulletList } from './bullet-list';
import { DataTable } from './data-table';
import styles from './results.module.css';
import { StageSection } from './stage-section';

const EVIDENCE_TONES: Record<TEvidenceStatus, TBadgeTone> = { ready: 'success', at_risk: 'warning', missing: 'danger', during_incident: 'neutral' };

export async function ClaimsStage({ assessmentId, view }: { assessmentId: string; view: TResultsView }) {
  const [t, format] = await Promise.all([getTranslations('results'), getFormatter()]);
  const { claims } = view;
  return (
    <StageSection assessmentId={assessmentId} stage="claims">
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t('claims.readiness')} titleId="readiness" headingLevel={3}>
          <p>
            <span className="text-3xl font-semibold text-slate-900" data-testid="readiness">
              {claims.readinessScore === null ? t('claims.notRated') : formatPoints(format, claims.readinessScore)}
            </span>
            {claims.readinessScore !== null && <span className="ml-1 text-slate-500">/ 100</span>}
          </p>
          <p className="mt-2 text-sm text-slate-700">{t('claims.readinessIntro')}</p>
        </Card>
        <Card title={t('claims.limitations')} titleId="limitations" headingLevel={3} className="lg:col-span-2">
          <p className="text-sm text-slate-600">{t('claims.limitationsIntro')}</p>
          {claims.limitations.length === 0 ? (
            <p className="mt-2 text-sm text-slate-700">{t('claims.noLimitations')}</p>
          ) : (
            <BulletList items={claims.limitations} className="mt-2" />
          )}
        </Card>
      </div>

      <Card title={t('claims.playbook')} titleId="playbook" headingLevel={3}>
        <p className="mb-4 text-sm text-slate-600">{t('claims.playbookIntro')}</p>
        <ol className={cn(styles.steps, 'rounded-md border border-slate-200')}>
          {claims.steps.map((step) => (
            <li key={step.id}>
              <span>{step.order}.</span>
              <div>
                <h4>
                  {step.title}
                  {step.urgent && (
                    <>
                      {' '}
                      <Badge tone="danger">{t('claims.urgent')}</Badge>
                    </>
                  )}
                </h4>
                <p>{step.description}</p>
                {step.logs.length > 0 && <p>{t('claims.stepLogs', { logs: step.logs.join('; ') })}</p>}
                {step.contacts.length > 0 && <p>{t('claims.stepContacts', { contacts: step.contacts.join('; ') })}</p>}
                {step.deadlines.length > 0 && <p>{t('claims.stepDeadlines', { deadlines: step.deadlines.join('; ') })}</p>}
              </div>
              <dl>
                <dt>{t('claims.phase')}</dt>
                <dd>{step.phaseLabel}</dd>
                <dt>{t('claims.owner')}</dt>
                <dd>{step.ownerRole}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </Card>

      <Card title={t('claims.deadlines')} titleId="deadlines" headingLevel={3}>
        <DataTable caption={t('claims.deadlines')} headers={[t('claims.deadline'), t('claims.notify'), t('claims.hours'), t('claims.countsFrom')]}>
          {claims.deadlines.map((deadline) => (
            <tr key={deadline.id}>
              <td className={styles.text}>{deadline.label}</td>
              <td className={styles.text}>{deadline.contact ?? t('claims.affectedPeople')}</td>
              <td>{deadline.hours === null ? t('claims.noFixedHours') : t('claims.hoursValue', { hours: format.number(deadline.hours, 'integer') })}</td>
              <td>{t(`claims.from.${deadline.from}`)}</td>
            </tr>
          ))}
        </DataTable>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('claims.logsByProvider')} titleId="logs" headingLevel={3}>
          <dl className="space-y-3 text-sm">
            {claims.logsByProvider.map((provider) => (
              <div key={provider.provider}>
                <dt className="font-medium text-slate-900">{provider.label}</dt>
                <dd>
                  <BulletList items={provider.logs} />
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t('claims.contacts')} titleId="contacts" headingLevel={3}>
          <BulletList items={claims.contacts.map((contact) => contact.label)} />
        </Card>
      </div>

      <Card title={t('claims.evidence')} titleId="evidence" headingLevel={3}>
        <p className="mb-3 text-sm text-slate-600">{t('claims.evidenceIntro')}</p>
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {claims.evidence.map((group) => (
            <div key={group.status} data-status={group.status}>
              <h4 className="mb-1">
                <Badge tone={EVIDENCE_TONES[group.status]}>{`${group.label} (${group.items.length})`}</Badge>
              </h4>
              <BulletList items={group.items.map((item) => item.text)} />
            </div>
          ))}
        </div>
      </Card>
    </StageSection>
  );
}
