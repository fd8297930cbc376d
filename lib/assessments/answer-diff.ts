// Which answers differ between two snapshots (a revision after an insurer's questions). Pure.

/** Question ids whose answer was added, removed or changed, in the order of `order` (the question bank's). */
export function changedAnswerIds(options: { before: Readonly<Record<string, unknown>>; after: Readonly<Record<string, unknown>>; order: readonly string[] }): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const ids = new Set([...Object.keys(options.before), ...Object.keys(options.after)]);
  const position = new Map(options.order.map((id, index) => [id, index]));
  return [...ids]
    .filter((id) => !same(options.before[id], options.after[id]))
    .sort((a, b) => (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b));
}
