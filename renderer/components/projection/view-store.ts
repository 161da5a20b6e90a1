// What the projection column shows: UI state, not part of the scenario and not undoable.
// A store of its own (not component state) so the choice survives the panel being unmounted,
// e.g. while presentation mode shows the savings chart alone.
import { create } from 'zustand';
import type { BreakdownDimension } from '../../../shared/engine/project';

export type ProjectionTab = 'savings' | 'costs' | 'partners' | 'uncertainty';
export const PROJECTION_TABS: readonly ProjectionTab[] = ['savings', 'costs', 'partners', 'uncertainty'];

/** The savings chart: savings per year (stacked per measure) or cumulative savings. */
export type SavingsMode = 'perYear' | 'cumulative';

/** The per-partner view: one year, or the whole horizon added up. */
export type PartnerPeriod = { kind: 'year'; year: number } | { kind: 'horizon' };

export interface ProjectionViewState {
  tab: ProjectionTab;
  savingsMode: SavingsMode;
  dimension: BreakdownDimension;
  /** null: the last year of the horizon (follows the horizon when it changes). */
  period: PartnerPeriod | null;
  setTab(tab: ProjectionTab): void;
  setSavingsMode(mode: SavingsMode): void;
  setDimension(dimension: BreakdownDimension): void;
  setPeriod(period: PartnerPeriod | null): void;
}

const initial = { tab: 'savings', savingsMode: 'perYear', dimension: 'organisation', period: null } as const;

export const useProjectionView = create<ProjectionViewState>()((set) => ({
  ...initial,
  setTab: (tab) => set({ tab }),
  setSavingsMode: (savingsMode) => set({ savingsMode }),
  setDimension: (dimension) => set({ dimension }),
  setPeriod: (period) => set({ period }),
}));

/** Back to the defaults (tests; a newly opened file keeps the view the user chose). */
export function resetProjectionView(): void {
  useProjectionView.setState(initial);
}
