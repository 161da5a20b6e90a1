// The `vcp compare --json` shape: {"years": the shared years, "scenarios": each file's whole
// projection in the `project --json` shape (its own horizon, so that each equals what `project`
// prints for that file), "differences": each with its sentence in one language and the machine
// part}. The command line and any export build it here.
import type { ProjectJson } from '../engine/project-json';
import type { Lang } from '../i18n/languages';
import { render } from '../i18n/text';
import type { Comparison, DiffValue, Difference } from './types';

export interface DifferenceJson {
  text: string;
  kind: Difference['kind'];
  change: Difference['change'];
  scenario: number;
  reference: number;
  path: string;
  field?: string;
  id?: string;
  years?: number[];
  from: DiffValue;
  to: DiffValue;
}

export interface CompareJson {
  years: number[];
  scenarios: ProjectJson[];
  differences: DifferenceJson[];
}

export function differenceJson(d: Difference, lang: Lang): DifferenceJson {
  return {
    text: render(lang, d.text),
    kind: d.kind,
    change: d.change,
    scenario: d.scenario,
    reference: d.reference,
    path: d.path,
    ...(d.field !== undefined && { field: d.field }),
    ...(d.id !== undefined && { id: d.id }),
    ...(d.years !== undefined && { years: [...d.years] }),
    from: d.from,
    to: d.to,
  };
}

export function toCompareJson(comparison: Comparison, lang: Lang): CompareJson {
  return {
    years: [...comparison.years],
    scenarios: comparison.scenarios.map((s) => s.json),
    differences: comparison.differences.map((d) => differenceJson(d, lang)),
  };
}
