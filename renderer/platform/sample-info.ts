import type { SampleInfo } from '../../shared/ipc/contract';

/** Title and one-line description of a sample, read from its JSON without validating it. */
export function sampleInfo(id: string, text: string): SampleInfo {
  try {
    const doc = JSON.parse(text) as { title?: unknown; description?: unknown };
    const title = typeof doc.title === 'string' ? doc.title : id;
    const description =
      typeof doc.description === 'string' ? (doc.description.split('\n')[0] ?? '').replace(/^#+\s*/, '') : '';
    return { id, title, description };
  } catch {
    return { id, title: id, description: '' };
  }
}
