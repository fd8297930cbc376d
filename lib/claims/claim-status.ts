// The claim's status machine: REPORTED -> ACKNOWLEDGED -> INVESTIGATING -> SETTLED | CLOSED.
// A claim can also be CLOSED without settlement straight from REPORTED or ACKNOWLEDGED (a duplicate
// notice, "no loss after all"). SETTLED and CLOSED are final: a reopened matter is a new notice, so
// the timeline of a closed claim never changes its meaning. Skipping ahead (REPORTED -> INVESTIGATING,
// ACKNOWLEDGED -> SETTLED) is refused: a settlement needs an investigation behind it. Who may move a
// claim is the permission claim.transition (broker, underwriter) plus the claim's where builder (the
// broker of the client, the underwriters of the insurer whose bound cover applies); every legal move
// is open to both. Pure: the action checks here before it writes anything.
import type { ClaimStatus } from '../db/generated/enums';

export const CLAIM_STATUSES = ['REPORTED', 'ACKNOWLEDGED', 'INVESTIGATING', 'SETTLED', 'CLOSED'] as const satisfies readonly ClaimStatus[];
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];

const MOVES: Readonly<Record<TClaimStatus, readonly TClaimStatus[]>> = {
  REPORTED: ['ACKNOWLEDGED', 'CLOSED'],
  ACKNOWLEDGED: ['INVESTIGATING', 'CLOSED'],
  INVESTIGATING: ['SETTLED', 'CLOSED'],
  SETTLED: [],
  CLOSED: [],
};

/** The statuses a claim may move to from `from`, in the order the page offers them. */
export function listAllowedClaimMoves(from: TClaimStatus): readonly TClaimStatus[] {
  return MOVES[from];
}

export function isAllowedClaimMove(from: TClaimStatus, to: TClaimStatus): boolean {
  return MOVES[from].includes(to);
}

export function isFinalClaimStatus(status: TClaimStatus): boolean {
  return MOVES[status].length === 0;
}
