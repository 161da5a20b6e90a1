import type { SampleInfo } from '../../shared/ipc/contract';
import { tagOf } from '../../shared/i18n/languages';

/**
 * The language the bundled samples are written in: Dutch municipalities' own cases, in their own
 * words. Their titles and descriptions are marked with it wherever they are listed, so a screen
 * reader reads them as Dutch in an English interface too; they are never translated.
 */
export const SAMPLES_LANG = tagOf('nl');

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
