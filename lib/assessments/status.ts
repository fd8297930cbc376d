// Which assessment statuses take answers. Pure (the wizard's client code asks it too).
import type { AssessmentStatus } from '../db/generated/enums';

/**
 * A draft, and a submitted assessment the broker revises because an insurer asked (REVISING): both
 * take answers and are submitted into a snapshot. Everything else is read-only.
 */
export const EDITABLE_STATUSES = ['DRAFT', 'REVISING'] as const satisfies readonly AssessmentStatus[];

export function isEditableStatus(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}
