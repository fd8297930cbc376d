// npm test — the README's second command: lint, type-check, unit tests, integration tests against
// a real PostgreSQL, and the end-to-end tests in Chromium against the production build. Each
// database-backed stage gets its own fresh database. Stops at the first failing stage.
import { npxBin, runCommand } from './lib/run-command';

type TStage = { name: string; command: string; args: string[] };

const tsx = npxBin('tsx');
const STAGES: TStage[] = [
  { name: 'lint', command: npxBin('eslint'), args: ['--max-warnings=0', '.'] },
  { name: 'typecheck', command: npxBin('tsc'), args: ['--noEmit', '-p', '.'] },
  { name: 'unit', command: npxBin('vitest'), args: ['run', '--project', 'unit'] },
  { name: 'integration', command: tsx, args: ['scripts/with-test-db.ts', '--', 'vitest', 'run', '--project', 'integration'] },
  { name: 'e2e', command: tsx, args: ['scripts/with-test-db.ts', '--build', '--', 'playwright', 'test'] },
];

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const stages = only.length ? STAGES.filter((stage) => only.includes(stage.name)) : STAGES;
  const timings: string[] = [];
  for (const stage of stages) {
    console.log(`\n=== ${stage.name} ===`);
    const started = Date.now();
    const code = await runCommand(stage.command, stage.args);
    timings.push(`${stage.name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (code !== 0) {
      console.error(`\n✖ ${stage.name} failed (exit ${code}). Stages run: ${timings.join(', ')}`);
      return code;
    }
  }
  console.log(`\n✔ all stages passed: ${timings.join(', ')}`);
  return 0;
}

main().then((code) => process.exit(code));
