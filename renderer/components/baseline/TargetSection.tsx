import { useMemo, useRef } from 'react';
import { stepSeries, stepSourceYear } from '../../../shared/engine/year-table';
import { formatMoney, formatYear } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { money } from './labels';
import { YearGrid, type YearGridRow } from './YearGrid';
import { scenarioOf } from '../../store/documents-slice';
import { useFocusRequest } from '../../focus/focus-request';

function setTarget(d: Scenario, year: number, value: number | undefined): void {
  const key = formatYear(year);
  if (value === undefined) {
    if (!d.target) return;
    delete d.target[key];
    // No year left: the scenario has no target at all (the headline says "geen taakstelling").
    if (Object.keys(d.target).length === 0) delete d.target;
    return;
  }
  (d.target ??= {})[key] = value;
}

/**
 * The savings target per year, in euros, not cumulative. A step table: a year not listed counts
 * as the latest listed year before it, shown greyed (and said for screen readers).
 */
export function TargetSection() {
  const t = useText().baseline;
  const lang = useLang();
  const target = useAppStore((s) => scenarioOf(s)?.target);
  const from = useAppStore((s) => scenarioOf(s)?.horizon.from ?? 0);
  const to = useAppStore((s) => scenarioOf(s)?.horizon.to ?? 0);
  const years = useMemo(() => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i), [from, to]);
  const effective = useMemo(() => stepSeries(target, from, years.length, Number.NaN), [target, from, years.length]);
  const box = useRef<HTMLDivElement>(null);
  // Asked for (the guide's third step): the first year's target.
  useFocusRequest('target', () => box.current?.querySelector<HTMLInputElement>('input'));

  const row: YearGridRow = {
    key: 'target',
    label: t.targetRow,
    cells: years.map((y, i) => {
      const listed = target?.[formatYear(y)];
      if (listed !== undefined) return { value: listed };
      const carried = effective[i] as number;
      if (Number.isNaN(carried)) return { value: undefined };
      const source = stepSourceYear(target, y);
      return {
        value: undefined,
        placeholder: formatMoney(carried, { lang, symbol: false }),
        description: source === undefined ? undefined : t.carriedFrom(source),
      };
    }),
    onCommit: (year, value) => {
      const old = target?.[formatYear(year)];
      return useAppStore
        .getState()
        .tryCommit(
          t.changed(`${t.target} ${formatYear(year)}`, money(old, lang, t.empty), money(value, lang, t.empty)),
          (d) => setTarget(d, year, value),
        );
    },
  };

  return (
    <div ref={box} className="baseline-target">
      <YearGrid caption={t.targetCaption} years={years} rows={[row]} />
      <p className="baseline-hint">{t.targetHint}</p>
    </div>
  );
}
