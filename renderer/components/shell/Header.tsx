import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store';
import { LanguageSwitch } from './LanguageSwitch';
import { UnitSwitch } from './UnitSwitch';

export function Header() {
  const t = useMessages();
  const scenario = useAppStore((s) => s.scenario);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const setPresenting = useAppStore((s) => s.setPresenting);
  const setShortcutsOpen = useAppStore((s) => s.setShortcutsOpen);
  const editing = view === 'editor' && scenario !== null;
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <p className="app-header__app">{t.appName}</p>
        <h1>{editing ? scenario.title : t.startTitle}</h1>
        {editing && scenario.municipality ? <p className="app-header__sub">{scenario.municipality}</p> : null}
      </div>
      <div className="app-header__tools">
        {editing ? (
          <button type="button" className="tool-button" onClick={() => setView('start')}>
            {t.startScreen}
          </button>
        ) : null}
        {editing ? <UnitSwitch /> : null}
        <LanguageSwitch />
        {editing ? (
          <button type="button" className="tool-button" aria-keyshortcuts="F5" onClick={() => setPresenting(true)}>
            {t.present} <kbd>F5</kbd>
          </button>
        ) : null}
        <button type="button" className="tool-button" aria-keyshortcuts="F1" onClick={() => setShortcutsOpen(true)}>
          {t.shortcuts}
        </button>
      </div>
    </header>
  );
}
