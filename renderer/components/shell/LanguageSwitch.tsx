import type { Lang } from '../../../shared/scenario/problems';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';

const LANGS: { lang: Lang; label: string; name: string }[] = [
  { lang: 'nl', label: 'NL', name: 'Nederlands' },
  { lang: 'en', label: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const t = useText().app;
  const current = useAppStore(uiSelectors.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div role="group" aria-label={t.language} className="segmented">
      {LANGS.map(({ lang, label, name }) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-label={name}
          aria-pressed={current === lang}
          onClick={() => setLang(lang)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
