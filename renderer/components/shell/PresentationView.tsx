import { useEffect, useRef } from 'react';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { MeasureSliders } from '../measures/MeasuresPanel';
import { SavingsChart } from '../projection/SavingsChart';
import { HeadlineStrip } from './HeadlineStrip';
import { PresentationYears } from './PresentationYears';
import { scenarioOf } from '../../store/documents-slice';

/**
 * For the projector: the headline figures, the savings chart with the figures per year, and the
 * main sliders, all on one screen from 1024 × 640 up (the sliders scroll on their own). Esc leaves.
 */
export function PresentationView() {
  const t = useText().app;
  const title = useAppStore((s) => scenarioOf(s)?.title ?? '');
  const setPresenting = useAppStore((s) => s.setPresenting);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.focus();
    const el = document.documentElement;
    if (!document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => undefined);
    const onChange = () => {
      // Leaving full screen with the browser's own Esc also leaves presentation mode.
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
    };
  }, [setPresenting]);

  return (
    <div className="presentation" ref={root} tabIndex={-1} aria-label={t.presentationLabel} role="region">
      <div className="presentation__top">
        <h1 title={title}>{title}</h1>
        <button type="button" className="tool-button" onClick={() => setPresenting(false)}>
          {t.presentationLeave}
        </button>
      </div>
      <main>
        <HeadlineStrip />
        <div className="presentation__body">
          <div className="presentation__result">
            <SavingsChart />
            <PresentationYears />
          </div>
          <MeasureSliders />
        </div>
      </main>
    </div>
  );
}
