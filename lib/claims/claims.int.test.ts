// Claims support against the database: the first notice of loss (validation, the snapshot in force,
// the bound cover and who hears of it), the status machine refusing illegal and stale moves without
// writing anything, checklist ticks and notes, and tenant isolation (another client, brokerage or
// insurer gets nothing; the underwriters of the binding insurer see the claim).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import gradeD from '../scoring/fixtures/consistency-grade-d.json';
import { USERS } from '../../prisma/seed/demo-world';
import { freezeResult } from '../assessments/snapshot';
import { executeAction } from '../auth/action';
import type { TSessionUser } from '../auth/types';
import { createPrismaClient } from '../db/create-client';
import type { Prisma } from '../db/generated/client';
import { buildSubmissionFacts } from '../placement/submission-facts';
import { createTestClient, uniqueName } from '../testing/fixtures';
import { loadSessionUser } from '../testing/session-user';
import { addClaimNote, reportClaim, tickClaimItem, transitionClaim } from './actions';
import { findClaimsForUser, getClaimForUser } from './queries';
import { ZClaimListQuery } from './schemas';

const db = createPrismaClient({ databaseUrl: process.env.DATABASE_URL!, poolMax: 3 });
const people = {} as Record<'anna' | 'clara' | 'uwe' | 'dora' | 'medica' | 'insured', TSessionUser>;
const frozen = freezeResult(gradeD.questionnaireVersion, gradeD.answers as never);
const T1 = new Date('2026-06-01T08:00:00Z');
const T2 = new Date('2026-09-01T08:00:00Z');
/** A client of Anna's brokerage with two submitted assessments (T1, T2); the later one is bound with Rheinmark. */
const world = { clientId: '', firstAssessmentId: '', firstSnapshotId: '', secondAssessmentId: '', secondSnapshotId: '', boundSubmissionId: '' };

async function createSubmitted(clientCompanyId: string, brokerageId: string, brokerId: string, submittedAt: Date) {
  const assessment = await db.assessment.create({
    data: { clientCompanyId, brokerageId, brokerId, questionnaireVersion: frozen.questionnaireVersion, status: 'SUBMITTED', submittedAt, revision: 1 },
    select: { id: true },
  });
  const snapshot = await db.assessmentSnapshot.create({
    data: { ...frozen, assessmentId: assessment.id, answers: frozen.answers as Prisma.InputJsonObject, result: frozen.result as unknown as Prisma.InputJsonObject, submittedById: brokerId, createdAt: submittedAt },
    select: { id: true },
  });
  return { assessmentId: assessment.id, snapshotId: snapshot.id };
}

/** Places the assessment with Rheinmark and Danubia and binds Rheinmark's quote, as the placement module will. */
async function bindWithRheinmark(assessmentId: string, snapshotId: string, clientCompanyId: string, brokerageId: string) {
  const snapshot = await db.assessmentSnapshot.findUniqueOrThrow({ where: { id: snapshotId } });
  const facts = buildSubmissionFacts({ ...snapshot, answers: snapshot.answers as Record<string, unknown>, result: snapshot.result as never });
  const placement = await db.placement.create({
    data: {
      assessmentId,
      brokerageId,
      clientCompanyId,
      requestedLimitEur: 1_000_000,
      requestedRetentionEur: 10_000,
      coverStartDate: new Date('2026-10-01'),
      submissions: {
        create: ['org_rheinmark', 'org_danubia'].map((insurerId) => ({
          assessmentId,
          insurerId,
          brokerageId,
          clientCompanyId,
          snapshotId,
          clientName: 'Test',
          industry: 'manufacturing',
          country: 'DE',
          effectiveGrade: facts.grade,
          ...facts,
          status: insurerId === 'org_rheinmark' ? 'BOUND' : 'NOT_TAKEN_UP',
          quotedLimitEur: 1_000_000,
          quotedRetentionEur: 10_000,
          quotedPremiumEur: 12_500,
        })),
      },
    },
    select: { id: true, submissions: { select: { id: true, insurerId: true } } },
  });
  const bound = placement.submissions.find((submission) => submission.insurerId === 'org_rheinmark')!;
  await db.placement.update({ where: { id: placement.id }, data: { boundSubmissionId: bound.id, boundAt: new Date('2026-09-15T10:00:00Z') } });
  return bound.id;
}

function fnol(overrides: Record<string, unknown> = {}) {
  return {
    clientCompanyId: world.clientId,
    incidentType: 'identity_provider_compromise',
    discoveredAt: '2026-10-20T09:00:00Z',
    description: 'Forged tokens for our tenant were accepted by Microsoft 365.',
    affectedServices: ['Microsoft 365'],
    affectedData: ['Mailboxes of the finance team'],
    actionsTaken: 'All sessions revoked.',
    contacts: [{ name: 'Ina Test', role: 'CISO', email: 'ina@test.example', phone: '+49 40 123456' }],
    personalDataAffected: true,
    nis2Entity: 'important',
    ...overrides,
  };
}

beforeAll(async () => {
  for (const key of ['anna', 'clara', 'uwe', 'dora', 'medica'] as const) people[key] = await loadSessionUser(db, USERS[key].email);
  const client = await createTestClient(db, { brokerageId: 'org_nordlicht', responsibleBrokerId: USERS.anna.id });
  world.clientId = client.id;
  const insured = await db.user.create({ data: { email: `${uniqueName('insured').replace(/\W+/g, '-').toLowerCase()}@test.example`, name: 'Ina Insured', role: 'CLIENT', organizationId: client.organizationId, passwordHash: 'x' } });
  people.insured = await loadSessionUser(db, insured.email);
  const first = await createSubmitted(client.id, 'org_nordlicht', USERS.anna.id, T1);
  const second = await createSubmitted(client.id, 'org_nordlicht', USERS.anna.id, T2);
  Object.assign(world, { firstAssessmentId: first.assessmentId, firstSnapshotId: first.snapshotId, secondAssessmentId: second.assessmentId, secondSnapshotId: second.snapshotId });
  world.boundSubmissionId = await bindWithRheinmark(second.assessmentId, second.snapshotId, client.id, 'org_nordlicht');
});
afterAll(() => db.$disconnect());

async function counts() {
  return { claims: await db.claim.count(), events: await db.claimEvent.count(), audit: await db.auditEvent.count(), ticks: await db.claimChecklistItem.count() };
}

describe('first notice of loss', () => {
  test('refuses bad input with every field error keyed by its path, and writes nothing', async () => {
    const before = await counts();
    const result = await executeAction(reportClaim, people.insured, {
      ...fnol(),
      incidentType: 'alien_invasion',
      discoveredAt: new Date(Date.now() + 86_400_000).toISOString(),
      description: 'short',
      contacts: [{ name: 'I', role: '', email: 'not-an-email', phone: 'call me' }],
      nis2Entity: 'maybe',
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(!result.ok && result.fieldErrors).toMatchObject({
      incidentType: ['claims.validation.chooseIncidentType'],
      discoveredAt: ['claims.validation.discoveredInFuture'],
      description: ['claims.validation.describeIncident'],
      'contacts.0.name': ['validation.nameTooShort'],
      'contacts.0.role': ['claims.validation.contactRole'],
      'contacts.0.email': ['validation.emailInvalid'],
      'contacts.0.phone': ['claims.validation.phoneInvalid'],
      nis2Entity: ['claims.validation.chooseNis2'],
    });
    const noContacts = await executeAction(reportClaim, people.insured, fnol({ contacts: [], discoveredAt: 'yesterday' }));
    expect(!noContacts.ok && noContacts.fieldErrors).toMatchObject({ contacts: ['claims.validation.contactRequired'], discoveredAt: ['claims.validation.discoveredAtInvalid'] });
    expect(await counts()).toEqual(before);
  });

  test('a broker must choose one of their own clients', async () => {
    expect(await executeAction(reportClaim, people.anna, fnol({ clientCompanyId: undefined }))).toMatchObject({ ok: false, fieldErrors: { clientCompanyId: ['validation.chooseClient'] } });
    expect(await executeAction(reportClaim, people.clara, fnol())).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  test('refuses clearly when no assessment had been submitted before discovery, and writes nothing', async () => {
    const before = await counts();
    const result = await executeAction(reportClaim, people.insured, fnol({ discoveredAt: '2026-05-31T08:00:00Z' }));
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'no_snapshot' }, fieldErrors: { discoveredAt: ['claims.validation.noSnapshot'] } });
    expect(await counts()).toEqual(before);
  });

  test('links the snapshot in force at discovery: the earlier one before T2, without cover (nothing bound on it)', async () => {
    const result = await executeAction(reportClaim, people.insured, fnol({ discoveredAt: '2026-08-31T23:59:00Z' }));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : '' } });
    expect(claim).toMatchObject({ snapshotId: world.firstSnapshotId, assessmentId: world.firstAssessmentId, submissionId: null, insurerId: null, status: 'REPORTED', version: 1 });
  });

  test('after T2 it links the later snapshot and its bound cover; the broker and the insurer’s underwriters are notified; one audit row', async () => {
    const before = await counts();
    const result = await executeAction(reportClaim, people.insured, fnol());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const claimId = result.ok ? result.data.id : '';
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim).toMatchObject({ snapshotId: world.secondSnapshotId, submissionId: world.boundSubmissionId, insurerId: 'org_rheinmark', reportedById: people.insured.id, nis2Entity: 'important', personalDataAffected: true });
    expect(claim.reference).toMatch(/^CLM-\d{4}-\d{6}$/);
    const notified = (await db.notification.findMany({ where: { claimId }, select: { userId: true, kind: true } })).map((row) => row.userId).sort();
    // Other test files add underwriters to Rheinmark while this one runs: every seeded one is notified,
    // and nobody but the broker and Rheinmark's underwriters.
    expect(notified).toEqual(expect.arrayContaining([USERS.anna.id, USERS.ute.id, USERS.uwe.id]));
    const recipients = await db.user.findMany({ where: { id: { in: notified } }, select: { id: true, role: true, organizationId: true } });
    expect(recipients.filter((user) => user.id !== USERS.anna.id).every((user) => user.role === 'UNDERWRITER' && user.organizationId === 'org_rheinmark')).toBe(true);
    expect(new Set(notified).size).toBe(notified.length);
    expect(await counts()).toEqual({ ...before, claims: before.claims + 1, events: before.events + 1, audit: before.audit + 1 });
  });

  test('references are unique and consecutive, also for reports at the same moment', async () => {
    const results = await Promise.all([0, 1, 2].map(() => executeAction(reportClaim, people.anna, fnol())));
    const references = results.map((result) => (result.ok ? result.data.reference : 'failed'));
    expect(new Set(references).size).toBe(3);
    const numbers = references.map((reference) => Number(reference.slice(-6))).sort((a, b) => a - b);
    expect(numbers[2]! - numbers[0]!).toBe(2);
  });
});

describe('status machine, checklist and notes', () => {
  let claimId = '';
  beforeAll(async () => {
    const result = await executeAction(reportClaim, people.insured, fnol());
    claimId = result.ok ? result.data.id : '';
  });

  test('an illegal move is refused with a clear error, and nothing is written', async () => {
    const before = await counts();
    const result = await executeAction(transitionClaim, people.anna, { claimId, to: 'SETTLED', version: 1 });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'illegal_move', from: 'REPORTED', to: 'SETTLED' }, fieldErrors: { to: ['claims.validation.illegalMove'] } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true, version: true } })).toEqual({ status: 'REPORTED', version: 1 });
    expect(await counts()).toEqual(before);
  });

  test('the client may not move a claim at all', async () => {
    expect(await executeAction(transitionClaim, people.insured, { claimId, to: 'ACKNOWLEDGED', version: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  test('legal moves by the broker and the binding insurer’s underwriter; a stale version is refused', async () => {
    expect(await executeAction(transitionClaim, people.anna, { claimId, to: 'ACKNOWLEDGED', version: 1 })).toMatchObject({ ok: true, data: { status: 'ACKNOWLEDGED', version: 2 } });
    const before = await counts();
    expect(await executeAction(transitionClaim, people.uwe, { claimId, to: 'INVESTIGATING', version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT', details: { reason: 'stale' } });
    expect(await counts()).toEqual(before);
    expect(await executeAction(transitionClaim, people.uwe, { claimId, to: 'INVESTIGATING', version: 2 })).toMatchObject({ ok: true, data: { status: 'INVESTIGATING' } });
    const timeline = await db.claimEvent.findMany({ where: { claimId, kind: 'status' }, orderBy: { createdAt: 'asc' }, select: { data: true, authorId: true } });
    expect(timeline.map((event) => event.data)).toEqual([{ to: 'REPORTED' }, { from: 'REPORTED', to: 'ACKNOWLEDGED' }, { from: 'ACKNOWLEDGED', to: 'INVESTIGATING' }]);
  });

  test('ticks record who and when; items outside the snapshot’s checklists are refused; a note lands on the timeline', async () => {
    const step = frozen.result.claims.playbook.steps[0]!.id;
    expect(await executeAction(tickClaimItem, people.insured, { claimId, itemId: `playbook:${step}`, done: true })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await executeAction(tickClaimItem, people.insured, { claimId, itemId: `playbook:${step}`, done: true })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await executeAction(tickClaimItem, people.insured, { claimId, itemId: 'playbook:not_a_step', done: true })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await executeAction(addClaimNote, people.uwe, { claimId, body: 'Forensics panel engaged.' })).toMatchObject({ ok: true });
    const detail = await getClaimForUser({ user: people.anna, claimId });
    expect(detail?.checklist[`playbook:${step}`]).toMatchObject({ doneByName: 'Ina Insured' });
    expect(detail?.timeline.at(-1)).toMatchObject({ kind: 'note', body: 'Forensics panel engaged.', authorName: USERS.uwe.name });
  });

  test('a settled claim is final: no further moves, no ticks', async () => {
    expect(await executeAction(transitionClaim, people.anna, { claimId, to: 'SETTLED', version: 3 })).toMatchObject({ ok: true });
    expect(await executeAction(transitionClaim, people.anna, { claimId, to: 'CLOSED', version: 4 })).toMatchObject({ ok: false, details: { reason: 'illegal_move' } });
    expect(await executeAction(tickClaimItem, people.anna, { claimId, itemId: `evidence:${frozen.result.claims.evidenceChecklist[0]!.id}`, done: true })).toMatchObject({ ok: false, details: { reason: 'claim_closed' } });
  });

  // Reads the audit trail the tests above wrote on this claim (they run in order, one file at a time).
  test('every change is one audit row with who and what (a repeated tick changes nothing and writes none)', async () => {
    const rows = await db.auditEvent.findMany({ where: { entityType: 'Claim', entityId: claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { action: true, actorId: true, data: true } });
    const step = frozen.result.claims.playbook.steps[0]!.id;
    expect(rows.map((row) => [row.action, row.actorId])).toEqual([
      ['claim.create', people.insured.id],
      ['claim.transition', people.anna.id],
      ['claim.transition', people.uwe.id],
      ['claim.tick', people.insured.id],
      ['claim.note', people.uwe.id],
      ['claim.transition', people.anna.id],
    ]);
    expect(rows.filter((row) => row.action === 'claim.transition').map((row) => row.data)).toEqual([
      { from: 'REPORTED', to: 'ACKNOWLEDGED' },
      { from: 'ACKNOWLEDGED', to: 'INVESTIGATING' },
      { from: 'INVESTIGATING', to: 'SETTLED' },
    ]);
    expect(rows.find((row) => row.action === 'claim.tick')?.data).toEqual({ itemId: `playbook:${step}`, done: true });
  });
});

describe('tenant isolation', () => {
  let boundClaimId = '';
  let unboundClaimId = '';
  beforeAll(async () => {
    const bound = await executeAction(reportClaim, people.insured, fnol());
    const unbound = await executeAction(reportClaim, people.insured, fnol({ discoveredAt: '2026-07-01T08:00:00Z' }));
    boundClaimId = bound.ok ? bound.data.id : '';
    unboundClaimId = unbound.ok ? unbound.data.id : '';
  });

  test('the broker, the client and the binding insurer’s underwriters see the claim', async () => {
    for (const user of [people.anna, people.insured, people.uwe]) expect(await getClaimForUser({ user, claimId: boundClaimId }), user.email).not.toBeNull();
    const listed = (await findClaimsForUser({ user: people.uwe, query: ZClaimListQuery.parse({}) })).items.map((claim) => claim.id);
    expect(listed).toContain(boundClaimId);
    expect(listed).not.toContain(unboundClaimId);
  });

  test('another client, another brokerage and another insurer get nothing (404), also for moves, ticks and notes', async () => {
    for (const user of [people.medica, people.clara, people.dora]) {
      expect(await getClaimForUser({ user, claimId: boundClaimId }), user.email).toBeNull();
      expect((await findClaimsForUser({ user, query: ZClaimListQuery.parse({}) })).items.map((claim) => claim.id)).not.toContain(boundClaimId);
      expect(await executeAction(addClaimNote, user, { claimId: boundClaimId, body: 'Hello' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    for (const user of [people.clara, people.dora]) expect(await executeAction(transitionClaim, user, { claimId: boundClaimId, to: 'ACKNOWLEDGED', version: 1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // Rheinmark's underwriter sees only claims under cover Rheinmark bound.
    expect(await getClaimForUser({ user: people.uwe, claimId: unboundClaimId })).toBeNull();
  });
});
