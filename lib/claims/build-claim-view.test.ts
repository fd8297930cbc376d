import { describe, expect, it } from 'vitest';
import gradeD from '../scoring/fixtures/consistency-grade-d.json';
import { freezeResult } from '../assessments/snapshot';
import { getQuestionnaire } from '../questionnaire';
import { buildClaimView } from './build-claim-view';

const frozen = freezeResult(gradeD.questionnaireVersion, gradeD.answers as never);
const questionnaire = getQuestionnaire(gradeD.questionnaireVersion)!;
const discoveredAt = new Date('2026-11-20T09:00:00Z');
const claim = {
  status: 'ACKNOWLEDGED' as const,
  discoveredAt,
  personalDataAffected: true,
  nis2Entity: 'important' as const,
  checklist: { 'playbook:activate_incident_team': { doneByName: 'Ben Kraus', doneAt: new Date('2026-11-20T10:00:00Z') } },
  snapshot: { answers: frozen.answers, result: frozen.result, submittedAt: new Date('2026-11-02T09:30:00Z') },
};

describe('buildClaimView', () => {
  const view = buildClaimView({ claim, questionnaire, locale: 'en' });

  it('offers only the legal moves', () => {
    expect(view.allowedMoves).toEqual(['INVESTIGATING', 'CLOSED']);
  });

  it("turns the snapshot's playbook into a checklist with who ticked what", () => {
    expect(view.playbook.map((step) => step.itemId)).toEqual(frozen.result.claims.playbook.steps.map((step) => `playbook:${step.id}`));
    expect(view.playbook[0]).toMatchObject({ itemId: 'playbook:activate_incident_team', done: { doneByName: 'Ben Kraus' } });
    expect(view.playbook[1]!.done).toBeNull();
    expect(view.playbook[0]!.title).not.toMatch(/^playbook\./);
  });

  it('dates the log exports by the retention the insured reported', () => {
    const signIn = view.evidence.find((item) => item.itemId === 'evidence:evidence_sign_in_logs')!;
    expect(signIn.text).toBeTruthy();
    if (signIn.status !== 'missing') expect(signIn.exportBy).not.toBeNull();
    expect(view.evidence).toHaveLength(frozen.result.claims.evidenceChecklist.length);
  });

  it('counts the deadlines from discovery, with labels', () => {
    const ids = view.deadlines.map((deadline) => deadline.id);
    expect(ids).toEqual(expect.arrayContaining(['insurer_notice', 'gdpr_art33_72h', 'nis2_early_warning_24h', 'nis2_notification_72h', 'nis2_final_report_1_month']));
    expect(view.deadlines.find((deadline) => deadline.id === 'gdpr_art33_72h')!.dueAt?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    for (const deadline of view.deadlines) expect(deadline.label).not.toMatch(/^playbook\./);
  });

  it('shows what the insured said about MFA, logging and keys, in the reader’s language', () => {
    expect(view.statements.map((section) => section.sectionId)).toEqual(['authentication', 'logging_detection', 'tokens_keys']);
    const logging = view.statements.find((section) => section.sectionId === 'logging_detection')!;
    expect(logging.answers.find((answer) => answer.questionId === 'log_retention')!.question).toBe('How long are identity and mail audit logs retained?');
    const german = buildClaimView({ claim, questionnaire, locale: 'de' });
    const retention = german.statements.find((section) => section.sectionId === 'logging_detection')!.answers.find((answer) => answer.questionId === 'log_retention')!;
    expect(retention.question).not.toBe('How long are identity and mail audit logs retained?');
  });
});
