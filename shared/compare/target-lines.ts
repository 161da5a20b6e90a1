// The targets of a comparison, to draw and tabulate: scenarios whose targets are the same (in the
// unit shown) share one line; when there is only one line, it takes the target's own colour. The
// compare screen's chart and the comparison's exported chart (PNG, PDF) draw the same lines.
import { TARGET_COLOUR } from '../palette';
import { scenarioStyle, type ScenarioStyle } from './palette';
import type { ComparisonRows } from './rows';

export interface TargetLine {
  key: string;
  /** The labels ("A", "C") of the scenarios whose target this is. */
  labels: string[];
  values: (number | null)[];
  style: ScenarioStyle;
}

/**
 * One line per distinct target. `labels[k]` is scenario k's label, in the comparison's order
 * (its style is scenarioStyle(k)); `targets` are comparisonRows()'s.
 */
export function targetLines(labels: readonly string[], targets: ComparisonRows['target']): TargetLine[] {
  const lines: TargetLine[] = [];
  targets.forEach((values, k) => {
    if (!values) return;
    const label = labels[k] ?? '';
    const same = lines.find((l) => l.values.length === values.length && l.values.every((v, i) => v === values[i]));
    if (same) same.labels.push(label);
    else lines.push({ key: `target:${label}`, labels: [label], values, style: scenarioStyle(k) });
  });
  if (lines.length === 1) {
    const only = lines[0] as TargetLine;
    only.style = { ...only.style, colour: TARGET_COLOUR };
  }
  return lines;
}

/** Whether the line is every scenario's one target (then it is named "Taakstelling" alone). */
export function isEveryTarget(line: TargetLine, lines: readonly TargetLine[], scenarioCount: number): boolean {
  return line.labels.length === scenarioCount && lines.length === 1;
}
