// The renderer's only door to the outside world. Two implementations: Electron (over the
// preload's typed bridge) and the plain browser (bundled samples, file pickers, downloads).
import type { OpenedFile, SampleInfo } from '../../shared/ipc/contract';

export interface Platform {
  kind: 'electron' | 'browser';
  /** The scenario to show at start: a file given to the app, else the default sample. */
  getInitialScenario(): Promise<OpenedFile | null>;
  listSamples(): Promise<SampleInfo[]>;
  readSample(id: string): Promise<OpenedFile>;
  /** Offer text as a file to save (a change log, a CSV). */
  downloadText(fileName: string, text: string, mime: string): void;
}
