import type { Lang } from '../../shared/scenario/problems';
import { useAppStore } from '../store/store';
import { uiSelectors } from '../store/ui-slice';
import { messages, type Messages } from './messages';

export function useLang(): Lang {
  return useAppStore(uiSelectors.lang);
}

/** The app-wide words in the current language. */
export function useMessages(): Messages {
  return messages[useLang()];
}

/** A component's own words: `const t = useLocalized({ nl: {...}, en: {...} })`. */
export function useLocalized<T>(table: Record<Lang, T>): T {
  return table[useLang()];
}
