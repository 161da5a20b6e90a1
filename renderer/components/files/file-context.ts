// What every part of the file actions shares: the platform that does the I/O, the store, the
// clock, the notice, and a document looked up by id. One per createFileActions.
import type { LocalizedText } from '../../../shared/scenario/problems';
import type { AppPlatform } from '../../platform/platform';
import { openDocuments, type DocumentView } from '../../store/documents-slice';
import type { AppStore, StoreState } from '../../store/store';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { catalogue } from '../../../shared/i18n/text';

export interface FileContext {
  platform: AppPlatform;
  store: AppStore;
  get(): StoreState;
  now(): Date;
  /** Shows a notice (after an open, a save, a failure). */
  notify(tone: 'info' | 'error', text: LocalizedText): void;
  /** An open document as the tabs see it, with its live state. */
  documentOf(id: string | null): DocumentView | undefined;
}

/** The same text in both languages, from the message tables. */
export function both(pick: (t: Catalogue['files']) => string): LocalizedText {
  return { nl: pick(catalogue('nl').files), en: pick(catalogue('en').files) };
}

export function createFileContext(platform: AppPlatform, store: AppStore, now: () => Date): FileContext {
  const get = () => store.getState();
  return {
    platform,
    store,
    get,
    now,
    notify: (tone, text) => get().setNotice({ tone, text }),
    documentOf: (id) => openDocuments(get()).find((d) => d.id === id),
  };
}
