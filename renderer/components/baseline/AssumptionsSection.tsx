import { useMemo } from 'react';
import { formatNumber, formatYear } from '../../../shared/format/money';
import type { Scenario } from '../../../shared/scenario/schema';
import { useLang, useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { percent } from './labels';
import { YearGrid, type YearGridRow } from './YearGrid';
import { scenarioOf } from '../../store/documents-slice';

type IndexKind = 'wage' | 'price';

/** Set or unlist one year of an index; empty tables (and an empty indexation) leave the file. */
function setIndex(d: Scenario, kind: IndexKind, year: number, value: number | undefined): void {
  const key = formatYear(year);
  if (value === undefined) {
    const table = d.indexation?.[kind];
    if (!table) return;
    delete table[key];
    if (Object.keys(table).length === 0) delete d.indexation![kind];
    if (d.indexation && Object.keys(d.indexation).length === 0) delete d.indexation;
    return;
  }
  d.indexation ??= {};
  (d.indexation[kind] ??= {})[key] = value;
}

/** The years in which an index step applies: baseYear+1 … horizon.to (the base year is 1 by definition). */
export function indexYears(baseYear: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - baseYear) }, (_, i) => baseYear + 1 + i);
}

/**
 * Wage and price indexation per year: assumptions, visibly apart from the measures (policy
 * choices). A year not listed is 0 — shown greyed as "0" so the room sees what it counts as.
 */
export function AssumptionsSection() {
  const t = useText().baseline;
  const lang = useLang();
  const indexation = useAppStore((s) => scenarioOf(s)?.indexation);
  const baseYear = useAppStore((s) => scenarioOf(s)?.baseYear ?? 0);
  const to = useAppStore((s) => scenarioOf(s)?.horizon.to ?? 0);
  const years = useMemo(() => indexYears(baseYear, to), [baseYear, to]);

  const rows: YearGridRow[] = (['wage', 'price'] as const).map((kind) => {
    const label = kind === 'wage' ? t.wageIndex : t.priceIndex;
    const table = indexation?.[kind];
    return {
      key: kind,
      label,
      percent: true,
      cells: years.map((y) => ({ value: table?.[formatYear(y)], placeholder: formatNumber(0, { lang }) })),
      onCommit: (year, value) => {
        const old = table?.[formatYear(year)];
        return useAppStore
          .getState()
          .tryCommit(
            t.changed(`${label} ${formatYear(year)}`, percent(old, lang, t.empty), percent(value, lang, t.empty)),
            (d) => setIndex(d, kind, year, value),
          );
      },
    };
  });

  return (
    <div className="baseline-assumptions">
      <p className="baseline-assumptions__intro">
        <span className="baseline-badge">{t.assumptionsBadge}</span> {t.assumptionsIntro}
      </p>
      <h4 className="baseline-subheading">{t.indexation}</h4>
      {years.length === 0 ? <p>{t.noIndexYears}</p> : <YearGrid caption={t.indexation} years={years} rows={rows} />}
      <p className="baseline-hint">{t.indexationHint}</p>
    </div>
  );
}
