// The targets to draw and tabulate: scenarios whose targets are the same (in the unit shown)
// share one line and one column; when there is only one, it takes the target's own colour.
import type { ComparisonRows } from '../../../shared/compare/rows';
import { scenarioStyle, type ScenarioStyle } from '../../../shared/compare/palette';
import type { Comparison } from '../../../shared/compare/types';
import { TARGET_COLOUR } from '../../../shared/palette';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export interface TargetLine {
  key: string;
  labels: string[];
  values: (number | null)[];
  style: ScenarioStyle;
}

/** Scenarios whose targets are the same share one line; one target line for all is drawn in the target's own colour. */
export function targetLines(comparison: Comparison, rows: ComparisonRows): TargetLine[] {
  const lines: TargetLine[] = [];
  comparison.scenarios.forEach((s, k) => {
    const values = rows.target[k];
    if (!values) return;
    const same = lines.find((l) => l.values.length === values.length && l.values.every((v, i) => v === values[i]));
    if (same) same.labels.push(s.label);
    else lines.push({ key: `target:${s.label}`, labels: [s.label], values, style: scenarioStyle(s.index) });
  });
  if (lines.length === 1) {
    const only = lines[0] as TargetLine;
    only.style = { ...only.style, colour: TARGET_COLOUR };
  }
  return lines;
}

/** "Taakstelling" when every scenario has this one target, else "Taakstelling A, C". */
export function targetLabel(line: TargetLine, lines: readonly TargetLine[], comparison: Comparison, t: Catalogue['compare']): string {
  return line.labels.length === comparison.scenarios.length && lines.length === 1 ? t.target : t.targetOf(line.labels.join(', '));
}
