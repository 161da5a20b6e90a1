import type { OpenedFile } from '../../shared/ipc/contract';
import { downloadText } from './download';
import type { Platform } from './platform';
import { sampleInfo } from './sample-info';

export const DEFAULT_SAMPLE_PREFIX = 'stichtse-vecht';

export function createBrowserPlatform(samples: ReadonlyMap<string, string>, location: { search: string }): Platform {
  const read = (id: string): OpenedFile => {
    const text = samples.get(id);
    if (text === undefined) throw new Error(`Unknown sample: ${id}`);
    return { name: `${id}.vcscenario.json`, text, handle: null };
  };
  return {
    kind: 'browser',
    async getInitialScenario() {
      const wanted = new URLSearchParams(location.search).get('sample');
      const ids = [...samples.keys()].sort();
      const id =
        (wanted && samples.has(wanted) ? wanted : null) ??
        ids.find((s) => s.startsWith(DEFAULT_SAMPLE_PREFIX)) ??
        ids[0];
      return id === undefined ? null : read(id);
    },
    async listSamples() {
      return [...samples.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, text]) => sampleInfo(id, text));
    },
    async readSample(id) {
      return read(id);
    },
    downloadText,
  };
}
