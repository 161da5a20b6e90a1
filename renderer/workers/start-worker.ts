// The one place that names the worker's file: Vite finds `new Worker(new URL(…, import.meta.url))`
// and bundles the worker. Kept apart (and loaded with import()) because `import.meta` does not
// exist in the CommonJS build the component tests run; there Worker is absent anyway.
import { workerEngine, type UncertaintyEngine } from './uncertainty-client';

export function createWorkerEngine(): UncertaintyEngine {
  return workerEngine(() => new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' }));
}
