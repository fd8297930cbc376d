// An audit row's data as the audit view shows it: the before/after pair the change recorded (a
// status, a grade, a subjectivity's state) and the other fields as plain text. Pure.

const PAIRS: ReadonlyArray<[string, string]> = [
  ['statusBefore', 'statusAfter'],
  ['effectiveGradeBefore', 'effectiveGradeAfter'],
  ['modelValue', 'overrideValue'],
  ['before', 'after'],
];

function asText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(asText).join('; ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => `${key}: ${asText(inner)}`)
    .join(', ');
}

export function describeAuditData(data: Record<string, unknown>): { before: string | null; after: string | null; details: Array<[string, string]> } {
  const used = new Set<string>(['versionAfter']);
  const befores: string[] = [];
  const afters: string[] = [];
  for (const [beforeKey, afterKey] of PAIRS) {
    if (beforeKey in data || afterKey in data) {
      befores.push(asText(data[beforeKey]));
      afters.push(asText(data[afterKey]));
      used.add(beforeKey);
      used.add(afterKey);
    }
  }
  const details = Object.entries(data)
    .filter(([key, value]) => !used.has(key) && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, asText(value)] as [string, string]);
  return { before: befores.length ? befores.join(' / ') : null, after: afters.length ? afters.join(' / ') : null, details };
}
