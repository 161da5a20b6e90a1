// Facts about the lines that the measure types' editors share.
import { listedYears } from '../../../../shared/engine/year-table';
import type { Line, YearTable } from '../../../../shared/scenario/schema';

export function isVolumeLine(line: Line): boolean {
  return line.volume !== undefined && line.unitCost !== undefined;
}

/** Group names in order of first appearance. */
export function groupNames(lines: readonly Line[]): string[] {
  const seen = new Set<string>();
  for (const line of lines) if (line.group !== undefined) seen.add(line.group);
  return [...seen];
}

/** Groups every line of which is a volume line: the only groups a volume or tariff change may target. */
export function volumeGroupNames(lines: readonly Line[]): string[] {
  return groupNames(lines).filter((g) => lines.every((l) => l.group !== g || isVolumeLine(l)));
}

/** The lines listed by id, or through a listed group. */
export function linesOf(targets: { lines?: string[]; groups?: string[] }, lines: readonly Line[]): Line[] {
  const ids = new Set(targets.lines ?? []);
  const groups = new Set(targets.groups ?? []);
  return lines.filter((l) => ids.has(l.id) || (l.group !== undefined && groups.has(l.group)));
}

/** The last listed year of a table, or undefined. */
export function lastListedYear(table: YearTable | undefined): number | undefined {
  const entries = listedYears(table);
  return entries.length ? (entries[entries.length - 1] as { year: number }).year : undefined;
}

/** The targeted types' year table: the phase-in; no year left means fully in force (absent), not 0 in every year. */
export const phaseInTable = {
  field: 'phaseIn' as const,
  of: (m: { phaseIn?: YearTable }) => m.phaseIn,
  set(m: { phaseIn?: YearTable }, table: YearTable) {
    if (Object.keys(table).length === 0) delete m.phaseIn;
    else m.phaseIn = table;
  },
  listedOnly: () => false,
};
