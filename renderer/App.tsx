import { useEffect } from 'react';
import { parseScenarioText } from '../shared/scenario/parse';
import { Editor } from './components/shell/Editor';
import { Header } from './components/shell/Header';
import { OpenProblems } from './components/shell/OpenProblems';
import type { Platform } from './platform/platform';
import { useAppStore } from './store/store';

export function App({ platform }: { platform: Platform }) {
  const loadScenario = useAppStore((s) => s.loadScenario);
  const showOpenProblems = useAppStore((s) => s.showOpenProblems);
  const lang = useAppStore((s) => s.lang);
  const hasScenario = useAppStore((s) => s.scenario !== null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    let cancelled = false;
    void platform.getInitialScenario().then((file) => {
      if (cancelled || !file) return;
      const result = parseScenarioText(file.text);
      if (result.ok) loadScenario(result.value, file.name);
      else showOpenProblems(file.name, result.problems);
    });
    return () => {
      cancelled = true;
    };
  }, [platform, loadScenario, showOpenProblems]);

  return (
    <div className="app">
      <Header />
      <main>
        <OpenProblems />
        {hasScenario ? <Editor /> : null}
      </main>
    </div>
  );
}
