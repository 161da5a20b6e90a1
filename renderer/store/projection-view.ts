// What the projection column shows for a document: UI state, not part of the scenario and not
// undoable. It lives in the document's entry (documents-slice), so each tab keeps its own, and
// it survives the panel being unmounted (presentation mode shows the savings chart alone).
import type { BreakdownDimension } from '../../shared/engine/project';

export type ProjectionTab = 'savings' | 'costs' | 'partners' | 'uncertainty';
export const PROJECTION_TABS: readonly ProjectionTab[] = ['savings', 'costs', 'partners', 'uncertainty'];

/** The savings chart: savings per year (stacked per measure) or cumulative savings. */
export type SavingsMode = 'perYear' | 'cumulative';

/** The per-partner view: one year, or the whole horizon added up. */
export type PartnerPeriod = { kind: 'year'; year: number } | { kind: 'horizon' };

export interface ProjectionView {
  tab: ProjectionTab;
  savingsMode: SavingsMode;
  dimension: BreakdownDimension;
  /** null: the last year of the horizon (follows the horizon when it changes). */
  period: PartnerPeriod | null;
}

export const DEFAULT_PROJECTION_VIEW: ProjectionView = { tab: 'savings', savingsMode: 'perYear', dimension: 'organisation', period: null };
