import 'server-only';
import type { Prisma } from '../db/generated/client';
import { assertCan } from '../auth/assert';
import { claimWhereForUser, clientCompanyWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import { getDb } from '../db/client';
import { pageWindow, toPage } from '../pagination';
import { isRecordId } from '../validation';
import type { TClaimListQuery } from './schemas';
import type { TClaimDetail, TClaimPage, TClaimTimelineEvent, TReportableClient } from './types';

/** One page of the claims the user may see (a broker their clients', a client their own, an underwriter those under cover it bound), newest first. */
export async function findClaimsForUser(options: { user: TSessionUser; query: TClaimListQuery }): Promise<TClaimPage> {
  assertCan(options.user, 'claim.list');
  const where: Prisma.ClaimWhereInput = { AND: [claimWhereForUser(options.user, 'claim.list'), options.query.status ? { status: options.query.status } : {}] };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...pageWindow(options.query),
      select: { id: true, reference: true, status: true, incidentType: true, discoveredAt: true, createdAt: true, clientCompany: { select: { name: true } }, insurer: { select: { name: true } } },
    }),
  ]);
  return toPage(
    rows.map(({ clientCompany, insurer, ...row }) => ({ ...row, clientName: clientCompany.name, insurerName: insurer?.name ?? null })),
    total,
    options.query,
  );
}

/** Null when missing or outside the user's reach: both are a 404. */
export async function getClaimForUser(options: { user: TSessionUser; claimId: string }): Promise<TClaimDetail | null> {
  assertCan(options.user, 'claim.view');
  if (!isRecordId(options.claimId)) return null;
  const db = getDb();
  const row = await db.claim.findFirst({
    where: { AND: [{ id: options.claimId }, claimWhereForUser(options.user, 'claim.view')] },
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      incidentType: true,
      discoveredAt: true,
      createdAt: true,
      description: true,
      affectedServices: true,
      affectedData: true,
      actionsTaken: true,
      contacts: true,
      personalDataAffected: true,
      nis2Entity: true,
      reportedById: true,
      brokerageId: true,
      assessmentId: true,
      clientCompany: { select: { id: true, name: true, brokerage: { select: { name: true } } } },
      insurer: { select: { name: true } },
      snapshot: { select: { id: true, questionnaireVersion: true, createdAt: true, answers: true, result: true } },
      checklist: { select: { itemId: true, doneById: true, doneAt: true } },
      events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, data: true, body: true, authorId: true, createdAt: true } },
    },
  });
  if (!row) return null;
  // Authors are kept as ids (a deleted account leaves its entries): one query for all their names.
  const userIds = [...new Set([row.reportedById, ...row.checklist.map((item) => item.doneById), ...row.events.map((event) => event.authorId)].filter((id): id is string => id !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const { clientCompany, insurer, snapshot, checklist, events, reportedById, brokerageId: _brokerageId, ...claim } = row;
  return {
    ...claim,
    contacts: claim.contacts as TClaimDetail['contacts'],
    nis2Entity: claim.nis2Entity as TClaimDetail['nis2Entity'],
    reportedByName: nameOf(reportedById),
    clientCompany: { id: clientCompany.id, name: clientCompany.name },
    brokerageName: clientCompany.brokerage.name,
    insurerName: insurer?.name ?? null,
    snapshot: { id: snapshot.id, questionnaireVersion: snapshot.questionnaireVersion, submittedAt: snapshot.createdAt, answers: snapshot.answers as Record<string, unknown>, result: snapshot.result },
    checklist: Object.fromEntries(checklist.map((item) => [item.itemId, { doneByName: nameOf(item.doneById), doneAt: item.doneAt }])),
    timeline: events.map(
      (event): TClaimTimelineEvent => ({
        id: event.id,
        kind: event.kind as TClaimTimelineEvent['kind'],
        data: event.data as TClaimTimelineEvent['data'],
        body: event.body,
        authorName: nameOf(event.authorId),
        createdAt: event.createdAt,
      }),
    ),
  };
}

/** The clients the user may report an incident for that have a submitted assessment (the claim needs one in force). */
export async function listReportableClients(options: { user: TSessionUser }): Promise<TReportableClient[]> {
  assertCan(options.user, 'claim.create');
  return getDb().clientCompany.findMany({
    where: { AND: [clientCompanyWhereForUser(options.user, 'claim.create'), { assessments: { some: { snapshots: { some: {} } } } }] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 500,
    select: { id: true, name: true },
  });
}
