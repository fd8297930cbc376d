import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, isAllowedClaimMove, isFinalClaimStatus, listAllowedClaimMoves, type TClaimStatus } from './claim-status';

// The whole matrix, written out: every pair not listed as legal is refused.
const LEGAL: ReadonlyArray<[TClaimStatus, TClaimStatus]> = [
  ['REPORTED', 'ACKNOWLEDGED'],
  ['REPORTED', 'CLOSED'],
  ['ACKNOWLEDGED', 'INVESTIGATING'],
  ['ACKNOWLEDGED', 'CLOSED'],
  ['INVESTIGATING', 'SETTLED'],
  ['INVESTIGATING', 'CLOSED'],
];

describe('claim status machine', () => {
  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_STATUSES) {
      const legal = LEGAL.some(([a, b]) => a === from && b === to);
      it(`${from} -> ${to} is ${legal ? 'allowed' : 'refused'}`, () => {
        expect(isAllowedClaimMove(from, to)).toBe(legal);
        expect(listAllowedClaimMoves(from).includes(to)).toBe(legal);
      });
    }
  }

  it('never stays in place, never goes back, never skips the investigation to a settlement', () => {
    for (const status of CLAIM_STATUSES) expect(isAllowedClaimMove(status, status)).toBe(false);
    expect(isAllowedClaimMove('ACKNOWLEDGED', 'REPORTED')).toBe(false);
    expect(isAllowedClaimMove('REPORTED', 'SETTLED')).toBe(false);
    expect(isAllowedClaimMove('ACKNOWLEDGED', 'SETTLED')).toBe(false);
  });

  it('treats settled and closed as final', () => {
    expect(CLAIM_STATUSES.filter(isFinalClaimStatus)).toEqual(['SETTLED', 'CLOSED']);
  });
});
