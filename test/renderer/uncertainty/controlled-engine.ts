// An uncertainty engine for tests: each request waits until the test hands out its answer, and
// abort() marks the request and rejects it as Aborted, as the worker engine does.
import { Aborted, type UncertaintyEngine } from '../../../renderer/workers/uncertainty-client';
import { computeUncertainty, type UncertaintyRequest, type UncertaintyResponse } from '../../../renderer/workers/uncertainty-protocol';

export interface ControlledCall<R> {
  request: UncertaintyRequest;
  /** Answers the request with `compute(request)`, through `around` when given. */
  answer(): R;
  /** abort() was called for it. */
  aborted: boolean;
}

/**
 * `compute` gives the answers (computeUncertainty by default); `around` wraps the handing out
 * (a component test hands it out inside act()).
 */
export function controlledEngine<R = void>(
  compute: (request: UncertaintyRequest) => UncertaintyResponse = computeUncertainty,
  around: (give: () => void) => R = (give) => give() as R,
) {
  const calls: ControlledCall<R>[] = [];
  const rejects = new Map<number, (error: Error) => void>();
  const engine: UncertaintyEngine = {
    kind: 'worker',
    run: (request) =>
      new Promise<UncertaintyResponse>((done, fail) => {
        rejects.set(request.seq, fail);
        calls.push({ request, aborted: false, answer: () => around(() => done(compute(request))) });
      }),
    abort: (seq) => {
      const call = calls.find((c) => c.request.seq === seq);
      if (call) call.aborted = true;
      rejects.get(seq)?.(new Aborted());
    },
    dispose: () => undefined,
  };
  return { engine, calls };
}
