// What the projection column shows for a document: UI state, not part of the scenario and not
// undoable. It lives in the document's entry (documents-slice), so each tab keeps its own, and
// it survives the panel being unmounted (presentation mode shows the savings chart alone).
import type { BreakdownDimension } from '../../shared/engine/project';

export type ProjectionTab = 'savings' | 'costs' | 'partners' | 'uncertainty';
export const PROJECTION_TABS: readonly ProjectionTab[] = ['savings', 'costs', 'partners', 'uncertainty'];

/** The savings chart: savings per year (stacked per measure) or cumulative savings. */
export type SavingsMode = 'perYear' | 'cumulative';

/** The per-partner view shows every partner, or this one (its breakdown key; null: the lines without one). */
export type PartnerFocus = { key: string | null };

export interface ProjectionView {
  tab: ProjectionTab;
  savingsMode: SavingsMode;
  dimension: BreakdownDimension;
  /** null: every partner (also when the one chosen is no longer there). */
  partner: PartnerFocus | null;
}

export const DEFAULT_PROJECTION_VIEW: ProjectionView = { tab: 'savings', savingsMode: 'perYear', dimension: 'organisation', partner: null };
