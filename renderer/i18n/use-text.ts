// The renderer's words: the catalogue of the chosen language (shared/i18n), and a renderer for
// texts the domain returns as data (problems, explanation steps, compare sentences).
import { catalogue, render, type Text } from '../../shared/i18n/text';
import type { Catalogue } from '../../shared/i18n/catalogues';
import type { Lang } from '../../shared/i18n/languages';
import { useAppStore } from '../store/store';
import { uiSelectors } from '../store/ui-slice';

export function useLang(): Lang {
  return useAppStore(uiSelectors.lang);
}

/** The catalogue in the current language: `const t = useText().baseline`. */
export function useText(): Catalogue {
  return catalogue(useLang());
}

/** Renders a Text in the current language. */
export function useRender(): (value: Text) => string {
  const lang = useLang();
  return (value) => render(lang, value);
}
