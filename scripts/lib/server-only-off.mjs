// `node --import ./scripts/lib/server-only-off.mjs`: lets a script outside Next import modules that
// start with `import 'server-only'` without the react-server condition (which swaps React for its
// server build, where @react-pdf/renderer's reconciler cannot run): 'server-only' resolves to its
// empty module, as vitest.config.ts aliases it for the tests.
import { register } from 'node:module';

const empty = new URL('../../node_modules/server-only/empty.js', import.meta.url).href;
const hooks = `
export async function resolve(specifier, context, nextResolve) {
  return specifier === 'server-only' ? { url: ${JSON.stringify(empty)}, format: 'commonjs', shortCircuit: true } : nextResolve(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
