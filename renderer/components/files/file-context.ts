// What every part of the file actions shares: the platform that does the I/O, the store, the
// clock, the notice, and a document looked up by id. One per createFileActions.
import type { Text } from '../../../shared/i18n/text';
import type { AppPlatform } from '../../platform/platform';
import { openDocuments, type DocumentView } from '../../store/documents-slice';
import type { AppStore, StoreState } from '../../store/store';

export interface FileContext {
  platform: AppPlatform;
  store: AppStore;
  get(): StoreState;
  now(): Date;
  /** Shows a notice (after an open, a save, a failure). */
  notify(tone: 'info' | 'error', text: Text): void;
  /** An open document as the tabs see it, with its live state. */
  documentOf(id: string | null): DocumentView | undefined;
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
