// The Monte Carlo worker: one request in, one response out, off the main thread so that a slider
// drag never waits for 5,000 projections. Built by Vite from
// `new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' })`
// (start-worker.ts) into a file of its own next to the app's script, loaded under the app's CSP
// (`worker-src 'self'`). The DOM lib types `self` as a Window; a worker's scope is narrower.
import { computeUncertainty, type UncertaintyRequest } from './uncertainty-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<UncertaintyRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(computeUncertainty(event.data));
