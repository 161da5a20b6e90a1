// Asking for the uncertainty figures without ever making the UI wait.
//
// An engine computes one request at a time: in a Web Worker (workerEngine), or — where there is
// no Worker (jsdom) or the worker cannot start (a CSP or file:// refusing it) — on the main thread
// after a yield (inProcessEngine), with the same shared/ code. The client in front of it
// coalesces: one request in flight, and of those asked for meanwhile only the latest waits; when
// a slider is dragged through twenty values, the worker computes the first and the last. Every
// request has a sequence number and only the response to the latest request is delivered, so a
// slow answer for an older scenario never overwrites a newer one.
import {
  computeUncertainty,
  type UncertaintyRequest,
  type UncertaintyResponse,
} from './uncertainty-protocol';

export type EngineKind = 'worker' | 'in-process';

export interface UncertaintyEngine {
  readonly kind: EngineKind;
  /** Computes one request. Rejects only with EngineUnavailable: the engine cannot run at all. */
  run(request: UncertaintyRequest): Promise<UncertaintyResponse>;
  dispose(): void;
}

/** The engine cannot compute anything (the worker failed to load or crashed). */
export class EngineUnavailable extends Error {
  override name = 'EngineUnavailable';
}

/** On the main thread, after yielding once, so that the deterministic figures paint first. */
export function inProcessEngine(schedule: (task: () => void) => void = (task) => void setTimeout(task, 0)): UncertaintyEngine {
  return {
    kind: 'in-process',
    run: (request) => new Promise((resolve) => schedule(() => resolve(computeUncertainty(request)))),
    dispose: () => undefined,
  };
}

/** What workerEngine needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/** Requests to a worker running monte-carlo.worker.ts, matched to responses by sequence number. */
export function workerEngine(worker: WorkerLike): UncertaintyEngine {
  const waiting = new Map<number, { resolve(response: UncertaintyResponse): void; reject(error: Error): void }>();
  let broken: EngineUnavailable | null = null;
  const breakDown = (reason: string) => {
    broken ??= new EngineUnavailable(reason);
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
  };
  worker.addEventListener('message', (event) => {
    const response = event.data as UncertaintyResponse;
    const w = waiting.get(response.seq);
    if (!w) return;
    waiting.delete(response.seq);
    w.resolve(response);
  });
  // A worker script that cannot be fetched or run fires `error` on the Worker object.
  worker.addEventListener('error', (event) => {
    event.preventDefault?.();
    breakDown(`the worker stopped: ${(event as ErrorEvent).message || event.type}`);
  });
  worker.addEventListener('messageerror', () => breakDown('a message could not be read'));
  return {
    kind: 'worker',
    run(request) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        waiting.set(request.seq, { resolve, reject });
        try {
          worker.postMessage(request);
        } catch (error) {
          waiting.delete(request.seq);
          reject(new EngineUnavailable(error instanceof Error ? error.message : String(error)));
        }
      });
    },
    dispose() {
      breakDown('disposed');
      worker.terminate();
    },
  };
}

/** `primary` until it turns out unavailable, then `fallback()` for good (the request is retried there). */
export function withFallback(primary: UncertaintyEngine, fallback: () => UncertaintyEngine): UncertaintyEngine {
  let current = primary;
  return {
    get kind() {
      return current.kind;
    },
    async run(request) {
      try {
        return await current.run(request);
      } catch (error) {
        if (!(error instanceof EngineUnavailable) || current !== primary) throw error;
        primary.dispose();
        current = fallback();
        return current.run(request);
      }
    },
    dispose: () => current.dispose(),
  };
}

/** A worker where the platform has one, else in-process. */
export async function defaultEngine(): Promise<UncertaintyEngine> {
  if (typeof Worker !== 'function') return inProcessEngine();
  // Starting a worker loads and compiles its script on the main thread: not before the page has
  // painted (the first chart must not wait for the band that follows it).
  await afterNextPaint();
  try {
    const { createWorkerEngine } = await import('./start-worker');
    return withFallback(createWorkerEngine(), () => inProcessEngine());
  } catch {
    // new Worker() itself refused (a SecurityError): compute here instead.
    return inProcessEngine();
  }
}

/** Resolves after the next frame has been painted: a frame, then a task. */
function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export interface UncertaintyJob {
  scenario: UncertaintyRequest['scenario'];
  draws: number;
  seed: number;
}

export interface UncertaintyClient {
  /** Asks for a job's figures; returns its sequence number. Earlier requests will not be delivered. */
  request(job: UncertaintyJob): number;
  /** Forgets every request made so far: none of them will be delivered. */
  cancel(): void;
  /** The sequence number of the latest request (or cancel). */
  readonly latest: number;
  dispose(): void;
}

export type Deliver = (response: UncertaintyResponse, request: UncertaintyRequest, engine: EngineKind) => void;

export function createUncertaintyClient(engine: UncertaintyEngine | Promise<UncertaintyEngine>, deliver: Deliver): UncertaintyClient {
  const ready = Promise.resolve(engine);
  let seq = 0;
  let latest = 0;
  let inFlight = false;
  let pending: UncertaintyRequest | null = null;
  let disposed = false;

  async function send(request: UncertaintyRequest): Promise<void> {
    inFlight = true;
    let response: UncertaintyResponse;
    let kind: EngineKind = 'in-process';
    try {
      const e = await ready;
      response = await e.run(request);
      kind = e.kind;
    } catch (error) {
      response = { seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    inFlight = false;
    if (disposed) return;
    if (response.seq === latest) deliver(response, request, kind);
    const next = pending;
    pending = null;
    if (next) void send(next);
  }

  return {
    request(job) {
      const request: UncertaintyRequest = { scenario: job.scenario, draws: job.draws, seed: job.seed, seq: ++seq };
      latest = request.seq;
      if (inFlight) pending = request;
      else void send(request);
      return request.seq;
    },
    cancel() {
      latest = ++seq;
      pending = null;
    },
    get latest() {
      return latest;
    },
    dispose() {
      disposed = true;
      pending = null;
      void ready.then((e) => e.dispose());
    },
  };
}
