import { useEffect } from 'react';
import { parseScenarioText } from '../shared/scenario/parse';
import { Header } from './components/Header';
import { HeadlineStrip } from './components/HeadlineStrip';
import { OpenProblems } from './components/OpenProblems';
import { SavingsChart } from './components/SavingsChart';
import type { Platform } from './platform/platform';
import { useAppStore } from './store/store';

export function App({ platform }: { platform: Platform }) {
  const loadScenario = useAppStore((s) => s.loadScenario);
  const showOpenProblems = useAppStore((s) => s.showOpenProblems);
  const lang = useAppStore((s) => s.lang);

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
        <HeadlineStrip />
        <SavingsChart />
      </main>
    </div>
  );
}
