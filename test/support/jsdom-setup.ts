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
