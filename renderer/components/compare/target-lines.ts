// The targets to draw and tabulate on the compare screen: shared/compare/target-lines, which the
// comparison's exported chart draws too, with their names in the screen's words.
import type { ComparisonRows } from '../../../shared/compare/rows';
import { isEveryTarget, targetLines as lines, type TargetLine } from '../../../shared/compare/target-lines';
import type { Comparison } from '../../../shared/compare/types';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export type { TargetLine };

/** Scenarios whose targets are the same share one line; one target line for all is drawn in the target's own colour. */
export function targetLines(comparison: Comparison, rows: ComparisonRows): TargetLine[] {
  return lines(
    comparison.scenarios.map((s) => s.label),
    rows.target,
  );
}

/** "Taakstelling" when every scenario has this one target, else "Taakstelling A, C". */
export function targetLabel(line: TargetLine, lines: readonly TargetLine[], comparison: Comparison, t: Catalogue['compare']): string {
  return isEveryTarget(line, lines, comparison.scenarios.length) ? t.target : t.targetOf(line.labels.join(', '));
}
