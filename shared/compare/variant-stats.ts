// For a set of variants of one baseline (a workshop's groups each made one): per measure and per
// parameter, the minimum, maximum and average across the variants, as the Energy Transition
// Model's users asked for ("per lever the min, max and average across the room's scenarios").
// Measures are matched by id. Values per year are read as the engine reads them (a phase-in
// absent = fully in force); a run of years with the same values in every variant is one row.
// A switched-off measure still shows its values (its lever is set, only not used): `presence`
// and `enabled` tell which variants use it.
import { kindOf } from '../measures/registry';
import type { Measure } from '../scenario/schema';
import { scenarioDifferences } from './differences';
import type { CompareItem, MeasureStats, ParameterStats, StatsParameter, VariantStats } from './types';
import { scenarioLabel } from './words';

const BASELINE_KINDS = new Set(['line', 'indexation', 'baseYear']);

/** The per-year values of a measure's parameters over `years`; undefined when the type has none. */
const perYearValues = (m: Measure, parameter: StatsParameter, years: readonly number[]): number[] | undefined =>
  kindOf(m).statsPerYear(m, parameter, years);

const scalarValue = (m: Measure, parameter: StatsParameter): number | undefined => kindOf(m).statsScalar(m, parameter);

const UNITS: Record<StatsParameter, ParameterStats['unit']> = {
  rate: 'fraction',
  amount: 'euro',
  ratio: 'number',
  share: 'fraction',
  phaseIn: 'fraction',
  amounts: 'euro',
};

function stats(parameter: StatsParameter, years: [number, number] | null, values: (number | null)[]): ParameterStats {
  const present = values.filter((v): v is number => v !== null);
  const sum = present.reduce((a, v) => a + v, 0);
  return {
    parameter,
    years,
    unit: UNITS[parameter],
    values,
    count: present.length,
    min: present.length ? Math.min(...present) : 0,
    max: present.length ? Math.max(...present) : 0,
    mean: present.length ? sum / present.length : 0,
  };
}

const SCALARS: StatsParameter[] = ['rate', 'amount', 'ratio'];
const PER_YEAR: StatsParameter[] = ['phaseIn', 'share', 'amounts'];

export function variantStats(items: readonly CompareItem[]): VariantStats {
  const labels = items.map((_, i) => scenarioLabel(i));
  const first = items[0];
  const baselineDifferences = first
    ? items.slice(1).flatMap((item, k) =>
        scenarioDifferences(
          { index: 0, label: labels[0] as string, scenario: first.scenario },
          { index: k + 1, label: labels[k + 1] as string, scenario: item.scenario },
        ).filter((d) => BASELINE_KINDS.has(d.kind)),
      )
    : [];

  const from = Math.min(...items.map((i) => i.scenario.horizon.from));
  const to = Math.max(...items.map((i) => i.scenario.horizon.to));
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);

  const ids: string[] = [];
  const byId = new Map<string, (Measure | null)[]>();
  items.forEach((item, v) => {
    for (const m of item.scenario.measures ?? []) {
      let row = byId.get(m.id);
      if (!row) {
        row = items.map(() => null);
        byId.set(m.id, row);
        ids.push(m.id);
      }
      row[v] = m;
    }
  });

  const measures: MeasureStats[] = ids.map((id) => {
    const row = byId.get(id) as (Measure | null)[];
    const firstMeasure = row.find((m): m is Measure => m !== null) as Measure;
    const parameters: ParameterStats[] = [];
    for (const parameter of SCALARS) {
      const values = row.map((m) => (m ? (scalarValue(m, parameter) ?? null) : null));
      if (values.some((v) => v !== null)) parameters.push(stats(parameter, null, values));
    }
    for (const parameter of PER_YEAR) {
      const series = row.map((m) => (m ? (perYearValues(m, parameter, years) ?? null) : null));
      if (series.every((s) => s === null)) continue;
      // A variant's values count only in the years of its own horizon.
      const column = (i: number) =>
        series.map((s, v) => {
          const { from: f, to: t } = (items[v] as CompareItem).scenario.horizon;
          const year = years[i] as number;
          return s && year >= f && year <= t ? (s[i] as number) : null;
        });
      let start = 0;
      for (let i = 1; i <= years.length; i++) {
        const same = i < years.length && column(i).every((v, k) => v === column(start)[k]);
        if (same) continue;
        const values = column(start);
        if (values.some((v) => v !== null)) parameters.push(stats(parameter, [years[start] as number, years[i - 1] as number], values));
        start = i;
      }
    }
    const presence = row.map((m) => (m ? (m.enabled === false ? 'off' : 'on') : null));
    return {
      id,
      name: firstMeasure.name,
      type: firstMeasure.type,
      occurs: row.filter((m) => m !== null).length,
      enabled: presence.filter((p) => p === 'on').length,
      presence,
      parameters,
    };
  });

  return {
    count: items.length,
    labels,
    sameBaseline: baselineDifferences.length === 0,
    baselineDifferences,
    measures,
  };
}
