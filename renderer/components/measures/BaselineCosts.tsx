// The baseline cost of each line in the horizon's first year, from the engine, shared by the rows
// through context: a cut by amount sizes its slider by it. Recomputed only when the baseline
// changes (lines, indexation, years), never while a measure is being dragged.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { project } from '../../../shared/engine/project';
import { useAppStore } from '../../store/store';
import { scenarioOf } from '../../store/documents-slice';

const FirstYearBaseline = createContext<ReadonlyMap<string, number>>(new Map());

export function BaselineCostsProvider({ children }: { children: ReactNode }) {
  const lines = useAppStore((s) => scenarioOf(s)?.lines);
  const indexation = useAppStore((s) => scenarioOf(s)?.indexation);
  const horizon = useAppStore((s) => scenarioOf(s)?.horizon);
  const baseYear = useAppStore((s) => scenarioOf(s)?.baseYear);
  const costs = useMemo(() => {
    const scenario = scenarioOf(useAppStore.getState());
    if (!scenario || !lines || !horizon || baseYear === undefined) return new Map<string, number>();
    const projection = project({ ...scenario, lines, indexation, horizon, baseYear, measures: [], target: undefined });
    return new Map(projection.lines.map((l) => [l.id, l.baseline[0] ?? 0]));
  }, [lines, indexation, horizon, baseYear]);
  return <FirstYearBaseline.Provider value={costs}>{children}</FirstYearBaseline.Provider>;
}

/** Line id → baseline cost in the horizon's first year (whole euros, from project()). */
export function useFirstYearBaseline(): ReadonlyMap<string, number> {
  return useContext(FirstYearBaseline);
}
