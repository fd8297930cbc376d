// The newest snapshot of an assessment that a user reads (an insurer: the newest one sent to it), as
// a Prisma relation argument: `snapshots: latestSnapshotFor(user, { score: true })`.
import { snapshotWhereForUser } from '../auth/policy';
import type { TSessionUser } from '../auth/types';
import type { Prisma } from '../db/generated/client';

export function latestSnapshotFor<TSelect extends Prisma.AssessmentSnapshotSelect>(user: TSessionUser, select: TSelect) {
  return { where: snapshotWhereForUser(user), orderBy: { sequence: 'desc' as const }, take: 1, select };
}
