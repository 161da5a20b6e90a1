import { LANGUAGES, USER_LANGS, tagOf } from '../../../shared/i18n/languages';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';

export function LanguageSwitch() {
  const t = useText().app;
  const current = useAppStore(uiSelectors.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div role="group" aria-label={t.language} className="segmented">
      {USER_LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={tagOf(lang)}
          // A language's own name, never translated.
          translate="no"
          aria-label={LANGUAGES[lang].name}
          aria-pressed={current === lang}
          onClick={() => setLang(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
