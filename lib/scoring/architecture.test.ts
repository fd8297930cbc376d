// The shape of the library: no import circles among its modules (type-only imports included), and
// the benchmark and the CLI use the public API (index.ts) only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIBRARIES = ['lib/scoring', 'lib/questionnaire'];

function listSources(directory: string): string[] {
  return readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : listSources(relative);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

/** The modules a file imports (relative and '@/' specifiers resolved to repository paths). */
function listImports(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\b[^'";]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.join(path.dirname(file), specifier) : null;
    if (base === null) return [];
    for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
      try {
        readFileSync(path.join(ROOT, candidate));
        return [candidate];
      } catch {
        // try the next form
      }
    }
    return [];
  });
}

function buildGraph(files: readonly string[]): ReadonlyMap<string, readonly string[]> {
  return new Map(files.map((file) => [file, listImports(file).filter((target) => files.includes(target))]));
}

/** Every cycle a depth-first walk meets, as a list of files. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('module structure', () => {
  const files = LIBRARIES.flatMap(listSources);

  test('the libraries have modules to check', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(listImports('lib/scoring/score-assessment.ts')).toContain('lib/scoring/evaluate-risk.ts');
  });

  test('no import circles (type-only imports count too)', () => {
    expect(findCycles(buildGraph(files)).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  test('the cycle check finds a circle through several files', () => {
    const graph = new Map([
      ['types.ts', ['insurance.ts']],
      ['insurance.ts', ['weights.ts']],
      ['weights.ts', ['types.ts']],
      ['math.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['types.ts', 'insurance.ts', 'weights.ts', 'types.ts']]);
  });

  test.each(['scripts/bench-scoring.ts', 'scripts/score.ts'])('%s uses the public API of the scoring library only', (file) => {
    const internal = listImports(file).filter((target) => target.startsWith('lib/scoring/') && target !== 'lib/scoring/index.ts');
    expect(internal).toEqual([]);
  });
});
