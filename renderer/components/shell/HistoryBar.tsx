import { useId, useLayoutEffect, useRef, useState } from 'react';
import { localeOf, type Lang } from '../../../shared/i18n/languages';
import { changeLogMarkdown } from '../../../shared/summary/change-log';
import { useLang, useText } from '../../i18n/use-text';
import { usePlatform } from '../../platform/context';
import { useAppStore } from '../../store/store';
import { scenarioOf } from '../../store/documents-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import { regionAttributes } from '../../focus/regions';
import { DecisionForm } from '../decisions/DecisionForm';
import { onlyDecisions } from '../decisions/decision-edits';
import type { HistoryEntry } from '../../store/scenario-slice';

function time(at: string, lang: Lang): string {
  return new Date(at).toLocaleTimeString(localeOf(lang), { hour: '2-digit', minute: '2-digit' });
}

/** Undo, redo and the labelled history of this session: the audit trail of a council proposal. */
export function HistoryBar() {
  const t = useText().app;
  const lang = useLang();
  const platform = usePlatform();
  const past = useAppStore(scenarioSelectors.past);
  const future = useAppStore(scenarioSelectors.future);
  const title = useAppStore((s) => scenarioOf(s)?.title ?? '');
  const decisions = useAppStore((s) => scenarioOf(s)?.decisions);
  const open = useAppStore((s) => s.historyOpen);
  const { undo, redo, setHistoryOpen } = useAppStore.getState();
  const last = past[past.length - 1];
  const next = future[future.length - 1];
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);

  const goTo = (index: number) => {
    // index: the number of steps to keep done (0 = before every change)
    const state = useAppStore.getState();
    for (let i = scenarioSelectors.past(state).length; i > index; i--) state.undo();
    for (let i = scenarioSelectors.past(useAppStore.getState()).length; i < index; i++) useAppStore.getState().redo();
  };
  const exportLog = () => {
    const name = `${title || 'scenario'}`.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'scenario';
    platform.downloadText(`${name} – ${t.history.toLowerCase()}.md`, changeLogMarkdown(title, past, lang), 'text/markdown;charset=utf-8');
  };

  return (
    <footer ref={bar} className="history-bar" {...regionAttributes('history')}>
      <div className="history-bar__row">
        <button type="button" className="tool-button" disabled={!last} aria-keyshortcuts="Control+Z" onClick={undo} title={last ? t.undoStep(last.label) : t.undo}>
          <span aria-hidden="true">↶</span> {t.undo}
        </button>
        <button type="button" className="tool-button" disabled={!next} aria-keyshortcuts="Control+Shift+Z Control+Y" onClick={redo} title={next ? t.redoStep(next.label) : t.redo}>
          <span aria-hidden="true">↷</span> {t.redo}
        </button>
        <p className="history-bar__last" aria-live="polite">
          {last ? last.label : t.historyEmpty}
        </p>
        <button type="button" className="tool-button" aria-expanded={open} aria-controls="history-panel" onClick={() => setHistoryOpen(!open)}>
          {t.history} ({t.historyCount(past.length)})
        </button>
      </div>
      {open ? (
        <section id="history-panel" className="history-panel" aria-label={t.history}>
          {past.length + future.length === 0 ? <p>{t.historyEmpty}</p> : null}
          <ol>
            {past.map((e, i) => (
              <DoneStep
                key={`p${i}`}
                entry={e}
                current={i === past.length - 1}
                recorded={decisions?.some((d) => d.change === e.label) ?? false}
                onGoTo={() => goTo(i + 1)}
              />
            ))}
            {[...future].reverse().map((e, i) => (
              <li key={`f${i}`} className="history-panel__undone">
                <button type="button" className="link-button" onClick={() => goTo(past.length + i + 1)}>
                  <time dateTime={e.at}>{time(e.at, lang)}</time> {e.label} <em>({t.historyUndone})</em>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="tool-button" onClick={exportLog} disabled={past.length === 0}>
            {t.exportChangeLog}
          </button>
        </section>
      ) : null}
    </footer>
  );
}

/**
 * A step that is done: going back to it, and recording it as a decision (#22 item 3) with a
 * reason and who decided, in a form under it. A step that only recorded a decision has none.
 */
function DoneStep({ entry, current, recorded, onGoTo }: { entry: HistoryEntry; current: boolean; recorded: boolean; onGoTo(): void }) {
  const t = useText().app;
  const d = useText().decisions;
  const lang = useLang();
  const formId = useId();
  const [recording, setRecording] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const decidable = !onlyDecisions(entry);
  return (
    <li>
      <button type="button" className="link-button" onClick={onGoTo} aria-label={t.historyGoTo(entry.label)} aria-current={current ? 'step' : undefined}>
        <time dateTime={entry.at}>{time(entry.at, lang)}</time> {entry.label}
      </button>
      {recorded ? <em className="history-panel__recorded"> ({d.recorded})</em> : null}
      {decidable ? (
        <button
          ref={toggle}
          type="button"
          className="history-panel__decide"
          aria-expanded={recording}
          aria-controls={recording ? formId : undefined}
          onClick={() => setRecording(!recording)}
        >
          {d.record}
          <span className="visually-hidden">{d.about(entry.label)}</span>
        </button>
      ) : null}
      {recording ? (
        <DecisionForm
          id={formId}
          change={entry.label}
          onDone={() => {
            setRecording(false);
            toggle.current?.focus();
          }}
        />
      ) : null}
    </li>
  );
}

/**
 * The bar's height as `--history-bar-height` on the root, for as long as the bar is shown: the
 * page's scroll padding keeps it free, so that an element reached with Tab (or focused by the
 * app) is scrolled into view above the bar, not under it (#24). It grows with the history list.
 */
function useBarHeight(bar: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--history-bar-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--history-bar-height');
    };
  }, [bar]);
}
