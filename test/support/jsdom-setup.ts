import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
// chart.js measures its canvas with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver = ResizeObserverStub;

// jsdom lacks the web's DecompressionStream (shared/import/xlsx-guard unpacks an XLSX with it, as
// browsers and Electron have it): Node's own implementation of the same standard.
if (typeof globalThis.DecompressionStream === 'undefined') {
  const web = require('node:stream/web') as typeof import('node:stream/web');
  Object.assign(globalThis, { DecompressionStream: web.DecompressionStream });
}
// Every browser the app runs in has TextEncoder and TextDecoder (scenario files are decoded by
// shared/scenario/decode.ts); jsdom does not: Node's own, which follow the same standard.
const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;

// How long findBy… and waitFor wait for what they look for: a limit that finds what never comes,
// not a judgement of speed. Testing Library's 1 s default ran out on a loaded 2-core machine (#25).
// Testing Library's DOM part, not its React part: importing that here, before Jest's globals
// exist, would leave its cleanup after each test unregistered.
(require('@testing-library/dom') as typeof import('@testing-library/dom')).configure({ asyncUtilTimeout: 10_000 });
