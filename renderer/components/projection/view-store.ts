// What the projection column shows: the active document's view (renderer/store/projection-view),
// read and changed through this hook, so that each tab keeps the view chosen for it.
import type { BreakdownDimension } from '../../../shared/engine/project';
import { activeDocument } from '../../store/documents-slice';
import { DEFAULT_PROJECTION_VIEW, type PartnerFocus, type ProjectionTab, type ProjectionView, type SavingsMode } from '../../store/projection-view';
import { useAppStore } from '../../store/store';
import type { StoreState } from '../../store/store';

export { PROJECTION_TABS, type PartnerFocus, type ProjectionTab, type SavingsMode } from '../../store/projection-view';

export interface ProjectionViewState extends ProjectionView {
  setTab(tab: ProjectionTab): void;
  setSavingsMode(mode: SavingsMode): void;
  setDimension(dimension: BreakdownDimension): void;
  setPartner(partner: PartnerFocus | null): void;
}

const set = (patch: Partial<ProjectionView>) => useAppStore.getState().setProjectionView(patch);
const setters = {
  setTab: (tab: ProjectionTab) => set({ tab }),
  setSavingsMode: (savingsMode: SavingsMode) => set({ savingsMode }),
  setDimension: (dimension: BreakdownDimension) => set({ dimension }),
  setPartner: (partner: PartnerFocus | null) => set({ partner }),
};

/** The active document's view (the defaults on the start screen), with its setters. */
function stateOf(s: StoreState): ProjectionViewState {
  return { ...(activeDocument(s)?.view ?? DEFAULT_PROJECTION_VIEW), ...setters };
}

/** Selects from the active document's view; select single fields, as from any store. */
export function useProjectionView<T>(selector: (s: ProjectionViewState) => T): T {
  return useAppStore((s) => selector(stateOf(s)));
}
useProjectionView.getState = (): ProjectionViewState => stateOf(useAppStore.getState());

/** Back to the defaults for the active document (tests; a newly opened file keeps the view the user chose). */
export function resetProjectionView(): void {
  set(DEFAULT_PROJECTION_VIEW);
}
