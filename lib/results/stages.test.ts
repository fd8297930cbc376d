import { expect, test } from 'vitest';
import { parseResultsStage, resultsStageHref } from './stages';

test.each([
  [undefined, 'risk'],
  ['risk', 'risk'],
  ['protection', 'protection'],
  ['claims', 'claims'],
  ['Claims', 'risk'],
  ['constructor', 'risk'],
  [['protection', 'claims'], 'risk'],
])('stage parameter %j → %s', (value, expected) => {
  expect(parseResultsStage(value)).toBe(expected);
});

test.each([
  ['risk', undefined, '/assessments/asm_1/results'],
  ['protection', undefined, '/assessments/asm_1/results?stage=protection'],
  ['claims', 'readiness', '/assessments/asm_1/results?stage=claims#readiness'],
  ['risk', 'loss', '/assessments/asm_1/results#loss'],
] as const)('%s %s → %s', (stage, anchor, expected) => {
  expect(resultsStageHref('asm_1', stage, anchor)).toBe(expected);
});
