// Asking for the uncertainty figures without ever making the UI wait.
//
// An engine computes one request at a time: in a Web Worker (workerEngine), or — where there is
// no Worker (jsdom) or the worker cannot start (a CSP or file:// refusing it) — on the main thread
// after a yield (inProcessEngine), with the same shared/ code. The client in front of it
// coalesces: one request in flight, and of those asked for meanwhile only the latest waits. Every
// request has a sequence number and only the response to the latest request is delivered, so a
// slow answer for an older scenario never overwrites a newer one. A request that can no longer
// be delivered is not computed to the end either: a newer request or cancel() aborts it, so that
// a stale Monte Carlo run does not hold the second core while a slider is dragged.
import {
  computeUncertainty,
  type UncertaintyRequest,
  type UncertaintyResponse,
} from './uncertainty-protocol';

export type EngineKind = 'worker' | 'in-process';

export interface UncertaintyEngine {
  readonly kind: EngineKind;
  /**
   * Computes one request. Rejects with EngineUnavailable (the engine cannot run at all) or
   * Aborted (abort() stopped it).
   */
  run(request: UncertaintyRequest): Promise<UncertaintyResponse>;
  /** Stops computing request `seq` if it has not been answered yet; later runs work as before. */
  abort(seq: number): void;
  dispose(): void;
}

/** The engine cannot compute anything (the worker failed to load or crashed). */
export class EngineUnavailable extends Error {
  override name = 'EngineUnavailable';
}

/** The request was stopped by abort() before it was answered. */
export class Aborted extends Error {
  override name = 'Aborted';
}

/**
 * On the main thread, after yielding once, so that the deterministic figures paint first. A
 * request aborted before its turn is not computed; one that has begun runs to the end (it holds
 * the thread, so nothing can stop it).
 */
export function inProcessEngine(schedule: (task: () => void) => void = (task) => void setTimeout(task, 0)): UncertaintyEngine {
  const aborted = new Set<number>();
  return {
    kind: 'in-process',
    run: (request) =>
      new Promise((resolve, reject) =>
        schedule(() => {
          if (aborted.delete(request.seq)) reject(new Aborted());
          else resolve(computeUncertainty(request));
        }),
      ),
    abort: (seq) => void aborted.add(seq),
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

/**
 * Requests to a worker running monte-carlo.worker.ts, matched to responses by sequence number.
 * `start` makes the worker: once now, and again after abort(), which ends the worker (a worker
 * computes synchronously, so ending it is the only way to stop it).
 */
export function workerEngine(start: () => WorkerLike): UncertaintyEngine {
  const waiting = new Map<number, { resolve(response: UncertaintyResponse): void; reject(error: Error): void }>();
  let broken: EngineUnavailable | null = null;
  let worker: WorkerLike | null = null;
  const rejectAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const breakDown = (reason: string) => {
    broken ??= new EngineUnavailable(reason);
    rejectAll(broken);
  };
  function begin(): WorkerLike {
    const started = start();
    // Only the current worker speaks: one ended by abort() may still have a message on its way.
    const current = () => started === worker;
    started.addEventListener('message', (event) => {
      if (!current()) return;
      const response = event.data as UncertaintyResponse;
      const w = waiting.get(response.seq);
      if (!w) return;
      waiting.delete(response.seq);
      w.resolve(response);
    });
    // A worker script that cannot be fetched or run fires `error` on the Worker object.
    started.addEventListener('error', (event) => {
      event.preventDefault?.();
      if (current()) breakDown(`the worker stopped: ${(event as ErrorEvent).message || event.type}`);
    });
    started.addEventListener('messageerror', () => {
      if (current()) breakDown('a message could not be read');
    });
    worker = started;
    return started;
  }
  begin();
  return {
    kind: 'worker',
    run(request) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        waiting.set(request.seq, { resolve, reject });
        try {
          (worker ?? begin()).postMessage(request);
        } catch (error) {
          waiting.delete(request.seq);
          reject(new EngineUnavailable(error instanceof Error ? error.message : String(error)));
        }
      });
    },
    abort(seq) {
      if (!waiting.has(seq) || !worker) return;
      // Everything the worker was given is lost with it; the client gives it one request at a time.
      worker.terminate();
      worker = null;
      rejectAll(new Aborted());
    },
    dispose() {
      breakDown('disposed');
      worker?.terminate();
      worker = null;
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
    abort: (seq) => current.abort(seq),
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
  /**
   * Asks for a job's figures; returns its sequence number. Earlier requests will not be
   * delivered; the one being computed is aborted.
   */
  request(job: UncertaintyJob): number;
  /** Forgets every request made so far: none of them will be delivered, none is computed on. */
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
  /** The sequence number of the request being computed, 0 when none is. */
  let running = 0;
  let pending: UncertaintyRequest | null = null;
  let disposed = false;

  async function send(request: UncertaintyRequest): Promise<void> {
    running = request.seq;
    let response: UncertaintyResponse | null = null;
    let kind: EngineKind = 'in-process';
    try {
      const e = await ready;
      // Asked again while the engine was loading: this one would not be delivered.
      if (request.seq === latest) {
        response = await e.run(request);
        kind = e.kind;
      }
    } catch (error) {
      if (!(error instanceof Aborted)) {
        response = { seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    }
    running = 0;
    if (disposed) return;
    if (response?.seq === latest) deliver(response, request, kind);
    const next = pending;
    pending = null;
    if (next) void send(next);
  }

  /** The request being computed can no longer be delivered: stop it. */
  function abortRunning(): void {
    const stale = running;
    if (stale) void ready.then((e) => e.abort(stale));
  }

  return {
    request(job) {
      const request: UncertaintyRequest = { scenario: job.scenario, draws: job.draws, seed: job.seed, seq: ++seq };
      latest = request.seq;
      if (running) {
        pending = request;
        abortRunning();
      } else void send(request);
      return request.seq;
    },
    cancel() {
      latest = ++seq;
      pending = null;
      abortRunning();
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
