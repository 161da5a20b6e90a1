// The uncertainty figures of the open scenario: the Monte Carlo band and the tornado, computed
// off the main thread (renderer/workers) and kept in the document's entry of the app store
// (`uncertainty`, see documents-slice), UI state beside the projection, never part of the
// scenario. What is being asked for (one run at a time, for the document on screen) is kept here. The deterministic projection never waits for them: the chart and tables
// render at once, and the band follows when it arrives; until then the figures of an earlier
// scenario stay visible, marked as being updated. The last few results are remembered by the
// scenario's content (undo makes a new object with the old content), so undo shows the earlier
// band at once.
import { useEffect, useMemo } from 'react';
import type { Scenario } from '../../../shared/scenario/schema';
import { activeDocument, NO_UNCERTAINTY, type DocumentUncertainty } from '../../store/documents-slice';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useAppStore, type StoreState } from '../../store/store';
import {
  createUncertaintyClient,
  defaultEngine,
  type EngineKind,
  type UncertaintyClient,
  type UncertaintyEngine,
} from '../../workers/uncertainty-client';
import { drawPlan, type DrawPlan, type UncertaintyFigures } from '../../workers/uncertainty-protocol';

/** The active document's figures (none on the start screen): a selector. */
export const uncertaintyOf = (s: StoreState): DocumentUncertainty => activeDocument(s)?.uncertainty ?? NO_UNCERTAINTY;

/** The scenario last asked for, and for which document. */
let requested: { docId: string; scenario: Scenario } | null = null;

/** Figures for a document, kept in its entry; a document closed meanwhile is gone with them. */
function deliver(docId: string, uncertainty: DocumentUncertainty): void {
  useAppStore.getState().setUncertainty(docId, uncertainty);
}

interface Remembered {
  figures: UncertaintyFigures;
  plan: DrawPlan;
}
/** How many results are kept: enough for a few undo steps. */
const REMEMBER = 12;
const byObject = new WeakMap<Scenario, Remembered>();
const byContent = new Map<string, Remembered>();

function remember(scenario: Scenario, entry: Remembered): void {
  byObject.set(scenario, entry);
  const key = JSON.stringify(scenario);
  byContent.delete(key);
  byContent.set(key, entry);
  if (byContent.size > REMEMBER) byContent.delete(byContent.keys().next().value as string);
}

function recall(scenario: Scenario): Remembered | undefined {
  const known = byObject.get(scenario);
  if (known) return known;
  const found = byContent.get(JSON.stringify(scenario));
  if (found) byObject.set(scenario, found);
  return found;
}
let makeEngine: () => UncertaintyEngine | Promise<UncertaintyEngine> = defaultEngine;
let client: UncertaintyClient | null = null;

function theClient(): UncertaintyClient {
  client ??= createUncertaintyClient(makeEngine(), (response, request, engine) => {
    const plan = { draws: request.draws, seed: request.seed, reduced: drawPlan(request.scenario).reduced };
    const docId = requested?.scenario === request.scenario ? requested.docId : null;
    if (response.ok) remember(request.scenario, { figures: response.figures, plan });
    if (docId === null) return;
    if (response.ok) deliver(docId, { scenario: request.scenario, figures: response.figures, plan, error: null, engine });
    else deliver(docId, { scenario: request.scenario, figures: null, plan, error: response.message, engine });
  });
  return client;
}

/**
 * The band of an edit is asked for once the edits have rested this long, so that a drag's moves
 * do not each start a Monte Carlo run (on the large scenario a second of work) that the next
 * move has to abort, and the drag keeps the second core.
 */
export const SETTLE_MS = 200;
/** When the open scenario last changed: changes closer together than SETTLE_MS are a drag. */
let lastChangeAt = -Infinity;

/**
 * The figures being computed belong to a scenario that is no longer on screen: stop them now,
 * not when the edits rest, so that the drag has the second core. Asked for again if it comes
 * back (an undo).
 */
function dropStaleRequest(scenario: Scenario): void {
  if (requested === null || requested.scenario === scenario) return;
  if (requested.scenario === useAppStore.getState().documents[requested.docId]?.uncertainty.scenario) return;
  client?.cancel();
  requested = null;
}

/** Asks for the figures of `scenario`, a document's (once per scenario object); they arrive in its entry. */
export function requestUncertainty(docId: string, scenario: Scenario): void {
  if (requested?.scenario === scenario && requested.docId === docId) return;
  const known = recall(scenario);
  requested = { docId, scenario };
  if (known) {
    // Nothing asked before may overwrite these now.
    client?.cancel();
    const held = useAppStore.getState().documents[docId]?.uncertainty;
    // A tab switched back to: its entry holds these figures already.
    if (held?.scenario === scenario && held.figures === known.figures) return;
    deliver(docId, { scenario, figures: known.figures, plan: known.plan, error: null, engine: held?.engine ?? null });
    return;
  }
  const { draws, seed } = drawPlan(scenario);
  theClient().request({ scenario, draws, seed });
}

/**
 * Another engine from now on (tests: an in-process or a controlled one), and a fresh start:
 * nothing computed before is kept.
 */
export function setUncertaintyEngine(factory: () => UncertaintyEngine | Promise<UncertaintyEngine>): void {
  client?.dispose();
  client = null;
  makeEngine = factory;
  byContent.clear();
  lastChangeAt = -Infinity;
  requested = null;
  useAppStore.getState().clearUncertainty();
}

/** Back to the start (tests): no figures, nothing asked or remembered, the same engine. */
export function resetUncertainty(): void {
  client?.cancel();
  byContent.clear();
  lastChangeAt = -Infinity;
  requested = null;
  useAppStore.getState().clearUncertainty();
}

export interface UncertaintyView {
  figures: UncertaintyFigures | null;
  plan: DrawPlan | null;
  error: string | null;
  /** The figures belong to the scenario on screen. */
  current: boolean;
  /** Figures for the scenario on screen are being computed. */
  busy: boolean;
  engine: EngineKind | null;
}

/** The uncertainty figures for the open scenario, asking for them when it changes. */
export function useUncertainty(): UncertaintyView {
  const scenario = useAppStore(scenarioSelectors.scenario);
  const docId = useAppStore((s) => s.activeDocumentId);
  useEffect(() => {
    if (!scenario || docId === null) return;
    const now = performance.now();
    const dragging = now - lastChangeAt < SETTLE_MS;
    lastChangeAt = now;
    // Figures already computed for it (an undo, a tab switched back): at once. Looked up by
    // content only outside a drag: that is a JSON of the whole scenario, too much for every move.
    if (byObject.has(scenario) || (!dragging && recall(scenario))) {
      requestUncertainty(docId, scenario);
      return;
    }
    dropStaleRequest(scenario);
    const timer = setTimeout(() => requestUncertainty(docId, scenario), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [scenario, docId]);
  const state = useAppStore(uncertaintyOf);
  const current = scenario !== null && state.scenario === scenario;
  const busy = scenario !== null && !current;
  // One object while nothing in it changes: the chart's band (and so a chart update) depends on it.
  return useMemo(
    () => ({ figures: state.figures, plan: state.plan, error: state.error, current, busy, engine: state.engine }),
    [state.figures, state.plan, state.error, current, busy, state.engine],
  );
}
