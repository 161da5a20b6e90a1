import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const t = useMessages();
  const scenario = useAppStore((s) => s.scenario);
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <p className="app-header__app">{t.appName}</p>
        <h1>{scenario?.title ?? t.noScenario}</h1>
        {scenario?.municipality ? <p className="app-header__sub">{scenario.municipality}</p> : null}
      </div>
      <LanguageSwitch />
    </header>
  );
}
