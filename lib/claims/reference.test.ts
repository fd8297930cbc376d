import { describe, expect, it } from 'vitest';
import { formatClaimReference, parseClaimSequence } from './reference';

describe('claim references', () => {
  it('formats and parses CLM-YYYY-NNNNNN', () => {
    expect(formatClaimReference(2026, 42)).toBe('CLM-2026-000042');
    expect(parseClaimSequence('CLM-2026-000042', 2026)).toBe(42);
    expect(parseClaimSequence('CLM-2025-000042', 2026)).toBeNull();
    expect(parseClaimSequence('CLM-2026-1234567', 2026)).toBe(1234567);
    expect(parseClaimSequence('nonsense', 2026)).toBeNull();
  });
});
