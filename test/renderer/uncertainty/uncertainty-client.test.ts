// The worker's protocol and the client in front of it: the same shared/ code answers in the
// worker and in-process; of a drag's many requests only the latest is computed and delivered, the
// stale one being computed is aborted (the worker ended and started afresh); a worker that cannot
// start falls back to in-process.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText } from '../../../shared/scenario/parse';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import type { Scenario } from '../../../shared/scenario/schema';
import { simulate } from '../../../shared/uncertainty/monte-carlo';
import { sensitivity } from '../../../shared/uncertainty/sensitivity';
import {
  Aborted,
  createUncertaintyClient,
  defaultEngine,
  EngineUnavailable,
  inProcessEngine,
  withFallback,
  workerEngine,
  type UncertaintyEngine,
  type WorkerLike,
} from '../../../renderer/workers/uncertainty-client';
import { controlledEngine } from './controlled-engine';
import {
  computeUncertainty,
  drawPlan,
  DRAWS,
  DRAWS_LARGE,
  hasUncertainty,
  UNCERTAINTY_SEED,
  type UncertaintyRequest,
  type UncertaintyResponse,
} from '../../../renderer/workers/uncertainty-protocol';

const REPO = resolve(__dirname, '../../..');
function load(path: string): Scenario {
  const parsed = parseScenarioText(readFileSync(resolve(REPO, path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is invalid`);
  return parsed.value;
}
const voorbeeld = () => load('test/fixtures/voorbeeld.json');
const samenspel = () => load('scenarios/zwolle-samenspel.vcscenario.json');

function withRange(scenario: Scenario, index: number, low: number, high: number): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  copy.measures![index]!.uncertainty = { low, high };
  return copy;
}

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe('computeUncertainty (what the worker runs)', () => {
  it('gives simulate() and sensitivity() of the scenario, with the request’s sequence number', () => {
    const scenario = withRange(voorbeeld(), 1, 0.5, 1.5);
    const response = computeUncertainty({ seq: 7, scenario, draws: 300, seed: 4 });
    expect(response).toEqual({
      seq: 7,
      ok: true,
      figures: { band: simulate(scenario, { draws: 300, seed: 4 }), tornado: sensitivity(scenario) },
    });
  });

  it('draws nothing where no enabled measure has a range: the band is null, the tornado still has the assumptions', () => {
    const response = computeUncertainty({ seq: 1, scenario: voorbeeld(), draws: 5000, seed: 1 });
    if (!response.ok) throw new Error(response.message);
    expect(response.figures.band).toBeNull();
    expect(response.figures.tornado.rows.map((r) => r.id).sort()).toEqual(['growth', 'price', 'wage']);
    const disabled = withRange(voorbeeld(), 0, 0.5, 1.5);
    disabled.measures![0]!.enabled = false;
    expect(hasUncertainty(disabled)).toBe(false);
    expect(hasUncertainty(withRange(voorbeeld(), 0, 0.5, 1.5))).toBe(true);
  });

  it('answers a failure as a response, never by throwing', () => {
    const broken = withRange(voorbeeld(), 0, 0.5, 1.5);
    broken.measures![0]!.uncertainty = { low: 2, high: 1 };
    const response = computeUncertainty({ seq: 3, scenario: broken, draws: 10, seed: 1 });
    expect(response.ok).toBe(false);
    expect(response.seq).toBe(3);
  });
});

describe('drawPlan', () => {
  it('takes 5,000 draws with seed 1 for the samples, 1,000 for the large scenario (and says it reduced them)', () => {
    expect(drawPlan(samenspel())).toEqual({ draws: DRAWS, seed: UNCERTAINTY_SEED, reduced: false });
    expect(drawPlan(load('scenarios/stichtse-vecht-vitale-coalitie.vcscenario.json')).draws).toBe(5000);
    expect(drawPlan(generateLargeScenario())).toEqual({ draws: DRAWS_LARGE, seed: 1, reduced: true });
    expect(DRAWS).toBe(5000);
    expect(DRAWS_LARGE).toBe(1000);
  });
});

describe('createUncertaintyClient', () => {
  it('sends the first request at once; a newer one aborts it, and only the latest of those asked meanwhile is computed and delivered', async () => {
    const { engine, calls } = controlledEngine();
    const delivered: number[] = [];
    const client = createUncertaintyClient(engine, (response) => delivered.push(response.seq));
    const base = samenspel();
    const first = client.request({ scenario: base, draws: 50, seed: 1 });
    await settle();
    expect(calls.map((c) => c.request.seq)).toEqual([first]);
    // A slider dragged through five values while the first is computed.
    const scenarios = [0.5, 0.6, 0.7, 0.8, 0.9].map((low) => withRange(base, 0, low, 1.2));
    const seqs = scenarios.map((scenario) => client.request({ scenario, draws: 50, seed: 1 }));
    await settle();
    // The first could no longer be delivered: aborted at once, not computed to the end.
    expect(calls[0]!.aborted).toBe(true);
    expect(calls.map((c) => c.request.seq)).toEqual([first, seqs[4]]);
    expect(calls[1]!.request.scenario).toBe(scenarios[4]);
    expect(calls[1]!.aborted).toBe(false);
    calls[1]!.answer();
    await settle();
    expect(delivered).toEqual([seqs[4]]);
    expect(client.latest).toBe(seqs[4]);
    expect(calls).toHaveLength(2);
  });

  it('does not compute a request that went stale while the engine was loading', async () => {
    const { engine, calls } = controlledEngine();
    let resolveEngine!: (engine: UncertaintyEngine) => void;
    const delivered: number[] = [];
    const client = createUncertaintyClient(new Promise<UncertaintyEngine>((done) => (resolveEngine = done)), (response) => delivered.push(response.seq));
    client.request({ scenario: samenspel(), draws: 10, seed: 1 });
    const latest = client.request({ scenario: voorbeeld(), draws: 10, seed: 1 });
    resolveEngine(engine);
    await settle();
    expect(calls.map((c) => c.request.seq)).toEqual([latest]);
    calls[0]!.answer();
    await settle();
    expect(delivered).toEqual([latest]);
  });

  it('delivers the answer with its request (scenario, draws, seed) and the engine that computed it', async () => {
    const { engine, calls } = controlledEngine();
    const got: unknown[] = [];
    const client = createUncertaintyClient(engine, (response, request, kind) => got.push({ ok: response.ok, scenario: request.scenario, draws: request.draws, kind }));
    const scenario = samenspel();
    client.request({ scenario, draws: 20, seed: 9 });
    await settle();
    calls[0]!.answer();
    await settle();
    expect(got).toEqual([{ ok: true, scenario, draws: 20, kind: 'worker' }]);
  });

  it('delivers nothing asked before cancel(), and nothing after dispose()', async () => {
    const { engine, calls } = controlledEngine();
    const delivered: number[] = [];
    const client = createUncertaintyClient(engine, (response) => delivered.push(response.seq));
    client.request({ scenario: samenspel(), draws: 10, seed: 1 });
    await settle();
    client.request({ scenario: voorbeeld(), draws: 10, seed: 1 });
    client.cancel();
    await settle();
    calls[0]!.answer();
    await settle();
    // The pending one was dropped by cancel(), the in-flight one aborted.
    expect(calls).toHaveLength(1);
    expect(calls[0]!.aborted).toBe(true);
    expect(delivered).toEqual([]);

    const seq = client.request({ scenario: samenspel(), draws: 10, seed: 1 });
    await settle();
    client.dispose();
    calls[1]!.answer();
    await settle();
    expect(seq).toBeGreaterThan(0);
    expect(delivered).toEqual([]);
  });

  it('waits for an engine that is still loading, and turns an engine failure into a failed response', async () => {
    let resolveEngine!: (engine: UncertaintyEngine) => void;
    const loading = new Promise<UncertaintyEngine>((done) => (resolveEngine = done));
    const responses: UncertaintyResponse[] = [];
    const client = createUncertaintyClient(loading, (response) => responses.push(response));
    const seq = client.request({ scenario: samenspel(), draws: 10, seed: 1 });
    await settle();
    expect(responses).toEqual([]);
    resolveEngine({ kind: 'worker', run: () => Promise.reject(new Error('gone')), abort: () => undefined, dispose: () => undefined });
    await settle();
    await settle();
    expect(responses).toEqual([{ seq, ok: false, message: 'gone' }]);
  });
});

/** A Worker stand-in: records posts; the test plays the worker's side. */
function fakeWorker() {
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const posted: UncertaintyRequest[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (message) => void posted.push(message as UncertaintyRequest),
    terminate: () => void (terminated = true),
    addEventListener: (type: string, listener: (event: never) => void) => {
      (listeners[type] ??= []).push(listener as (event: unknown) => void);
    },
  };
  const emit = (type: string, event: unknown) => listeners[type]?.forEach((l) => l(event));
  return { worker, start: () => worker, posted, emit, terminated: () => terminated };
}

describe('workerEngine and withFallback', () => {
  it('posts the request and resolves with the response carrying its sequence number', async () => {
    const fake = fakeWorker();
    const engine = workerEngine(fake.start);
    const scenario = samenspel();
    const a = engine.run({ seq: 1, scenario, draws: 10, seed: 1 });
    const b = engine.run({ seq: 2, scenario, draws: 10, seed: 2 });
    expect(fake.posted.map((r) => r.seq)).toEqual([1, 2]);
    // Answers in any order find their request; unknown ones are ignored.
    fake.emit('message', { data: computeUncertainty(fake.posted[1]!) });
    fake.emit('message', { data: { seq: 99, ok: false, message: 'unknown' } });
    fake.emit('message', { data: computeUncertainty(fake.posted[0]!) });
    expect((await a).seq).toBe(1);
    expect((await b).seq).toBe(2);
    engine.dispose();
    expect(fake.terminated()).toBe(true);
  });

  it('aborts by ending the worker: the run rejects as Aborted, the next run starts a fresh worker, the old one is not heard', async () => {
    const started: ReturnType<typeof fakeWorker>[] = [];
    const engine = withFallback(
      workerEngine(() => {
        started.push(fakeWorker());
        return started[started.length - 1]!.worker;
      }),
      () => inProcessEngine(),
    );
    expect(started).toHaveLength(1);
    const scenario = samenspel();
    const stale = engine.run({ seq: 1, scenario, draws: 10, seed: 1 });
    // An unknown or answered request is not a reason to end the worker.
    engine.abort(7);
    expect(started[0]!.terminated()).toBe(false);
    engine.abort(1);
    expect(started[0]!.terminated()).toBe(true);
    await expect(stale).rejects.toBeInstanceOf(Aborted);
    const next = engine.run({ seq: 2, scenario, draws: 10, seed: 2 });
    expect(started).toHaveLength(2);
    expect(started[1]!.posted.map((r) => r.seq)).toEqual([2]);
    // The ended worker's last message is not taken for anything.
    started[0]!.emit('message', { data: computeUncertainty(started[0]!.posted[0]!) });
    started[0]!.emit('error', { type: 'error', message: 'late', preventDefault: () => undefined });
    started[1]!.emit('message', { data: computeUncertainty(started[1]!.posted[0]!) });
    expect(await next).toEqual(computeUncertainty({ seq: 2, scenario, draws: 10, seed: 2 }));
    // An abort is not a failure: no fallback.
    expect(engine.kind).toBe('worker');
  });

  it('in-process: a request aborted before its turn is not computed', async () => {
    const tasks: (() => void)[] = [];
    const engine = inProcessEngine((task) => void tasks.push(task));
    const a = engine.run({ seq: 1, scenario: samenspel(), draws: 10, seed: 1 });
    const b = engine.run({ seq: 2, scenario: samenspel(), draws: 10, seed: 1 });
    engine.abort(1);
    tasks.forEach((task) => task());
    await expect(a).rejects.toBeInstanceOf(Aborted);
    expect((await b).seq).toBe(2);
  });

  it('rejects with EngineUnavailable when the worker fails to load, now and later', async () => {
    const fake = fakeWorker();
    const engine = workerEngine(fake.start);
    const pending = engine.run({ seq: 1, scenario: samenspel(), draws: 10, seed: 1 });
    fake.emit('error', { type: 'error', message: 'Failed to load worker script', preventDefault: () => undefined });
    await expect(pending).rejects.toBeInstanceOf(EngineUnavailable);
    await expect(engine.run({ seq: 2, scenario: samenspel(), draws: 10, seed: 1 })).rejects.toBeInstanceOf(EngineUnavailable);
  });

  it('falls back to in-process for good when the worker cannot run, and answers the same request there', async () => {
    const fake = fakeWorker();
    const engine = withFallback(workerEngine(fake.start), () => inProcessEngine());
    expect(engine.kind).toBe('worker');
    const scenario = withRange(voorbeeld(), 0, 0.7, 1.2);
    const answer = engine.run({ seq: 5, scenario, draws: 100, seed: 1 });
    fake.emit('error', { type: 'error', message: '', preventDefault: () => undefined });
    const response = await answer;
    expect(response).toEqual(computeUncertainty({ seq: 5, scenario, draws: 100, seed: 1 }));
    expect(engine.kind).toBe('in-process');
    expect(fake.terminated()).toBe(true);
    // Later requests go straight to the fallback.
    expect((await engine.run({ seq: 6, scenario, draws: 10, seed: 1 })).seq).toBe(6);
    expect(fake.posted).toHaveLength(1);
  });

  it('chooses in-process where there is no Worker (jsdom), and it yields before computing', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const engine = await defaultEngine();
    expect(engine.kind).toBe('in-process');
    let done = false;
    const answer = engine.run({ seq: 1, scenario: samenspel(), draws: 10, seed: 1 }).then((r) => {
      done = true;
      return r;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    expect((await answer).ok).toBe(true);
  });
});
