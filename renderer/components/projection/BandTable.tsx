// The Monte Carlo band as a table: P10, P50 and P90 per year, the savings as set beside them, and
// the chance that the target is met; or the same of the cumulative savings, or of the net savings
// (format version 2: the savings band minus each year's one-off costs, which are not uncertain). It is the band's text alternative in the savings chart, and
// every figure says how it came about (percentile of how many draws, which seed).
import { memo, useCallback, useId, useMemo } from 'react';
import type { Projection } from '../../../shared/engine/types';
import { formatNumber, formatYear } from '../../../shared/format/money';
import { formatChance } from '../../../shared/uncertainty/chance';
import type { UncertaintyResult } from '../../../shared/uncertainty/monte-carlo';
import { TraceGrid, type Explanation, type GridRow } from './TraceGrid';
import { useText } from '../../i18n/use-text';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

const PERCENTILES = ['p10', 'p50', 'p90'] as const;
type Percentile = (typeof PERCENTILES)[number];

type RowRef = { kind: 'percentile'; p: Percentile } | { kind: 'asSet' } | { kind: 'chance' } | { kind: 'certain' };

export interface BandTableProps {
  /** The band of savings per year (with the target's chance), of cumulative savings, or of net savings. */
  which: 'savings' | 'cumulative' | 'net';
  band: UncertaintyResult;
  /** The band belongs to an earlier edit and a newer one is being computed. */
  stale: boolean;
  projection: Projection;
  amounts: Amounts;
  t: Catalogue['projection'];
  /** A certainty level (one of CERTAINTY_LEVELS): a row with the savings reached with at least that certainty (savings and net only). */
  level?: number;
}

export const BandTable = memo(function BandTable({ which, band, stale, projection, amounts, t, level }: BandTableProps) {
  const titleId = useId();
  const b = useText().budget.band;
  const count = (n: number) => formatNumber(n, { lang: amounts.lang, digits: 0 });
  const figures = band[which];
  // The net savings as set are the projection's (the band's own figures hold no net as set).
  const asSet = which === 'savings' ? band.deterministic.savings : which === 'cumulative' ? band.deterministic.cumulative : projection.savings.net;
  const asSetLabel = which === 'savings' ? t.deterministicRow : which === 'cumulative' ? t.deterministicCumulativeRow : b.asSet;
  const target = projection.target?.amount;
  const chance = which === 'savings' && target !== undefined ? band.savings.targetMet : null;
  const atLevel = which === 'cumulative' || level === undefined ? undefined : band.atCertainty.find((c) => c.level === level);
  const certain = atLevel ? (which === 'net' ? atLevel.net : atLevel.savings) : null;

  const refs = useMemo<RowRef[]>(
    () => [
      ...PERCENTILES.map((p): RowRef => ({ kind: 'percentile', p })),
      ...(certain ? [{ kind: 'certain' } as RowRef] : []),
      { kind: 'asSet' },
      ...(chance ? [{ kind: 'chance' } as RowRef] : []),
    ],
    [chance, certain],
  );

  const rows = useMemo<GridRow[]>(
    () =>
      refs.map((ref): GridRow => {
        switch (ref.kind) {
          case 'percentile':
            return {
              key: ref.p,
              className: ref.p === 'p50' ? 'is-key' : undefined,
              header: t.band[ref.p],
              cells: figures[ref.p].map((v) => amounts.cell(v)),
            };
          case 'certain':
            return {
              key: 'certain',
              className: 'is-certain',
              header: t.certainty.row(level ?? 0),
              cells: (certain ?? []).map((v) => amounts.cell(v)),
            };
          case 'asSet':
            return {
              key: 'asSet',
              header: asSetLabel,
              cells: asSet.map((v) => amounts.cell(v)),
            };
          case 'chance':
            return {
              key: 'chance',
              className: 'is-target',
              header: t.targetChanceRow,
              cells: (chance ?? []).map((v) => (v === null ? '—' : formatChance(v, amounts.lang))),
              cellClasses: (chance ?? []).map(() => 'is-chance'),
            };
        }
      }),
    [refs, figures, asSet, asSetLabel, chance, certain, level, amounts, t],
  );

  const explain = useCallback(
    (r: number, c: number): Explanation | null => {
      const ref = refs[r];
      const year = band.years[c];
      if (!ref || year === undefined) return null;
      const draws = count(band.draws);
      const how = { text: t.uex.draws(draws, band.seed) };
      const asSetStep = { text: t.uex.asSet, value: amounts.money(asSet[c] ?? 0) };
      switch (ref.kind) {
        case 'percentile':
          return {
            title: `${t.bandShort[ref.p]} ${formatYear(year)}`,
            value: amounts.money(figures[ref.p][c] ?? 0),
            steps: [{ text: t.uex.percentile[ref.p] }, how, asSetStep],
            note: t.bandHow,
          };
        case 'certain':
          return {
            title: `${t.certainty.row(level ?? 0)} ${formatYear(year)}`,
            value: amounts.money(certain?.[c] ?? 0),
            steps: [{ text: t.certainty.how(level ?? 0) }, how, asSetStep],
            note: t.bandHow,
          };
        case 'asSet':
          return { title: `${asSetLabel} ${formatYear(year)}`, value: amounts.money(asSet[c] ?? 0), steps: [asSetStep] };
        case 'chance': {
          const share = chance?.[c];
          const goal = target?.[c];
          if (share === null || share === undefined || goal === null || goal === undefined) {
            return { title: `${t.targetChanceRow} ${formatYear(year)}`, value: '—', steps: [{ text: t.noTargetYet }] };
          }
          return {
            title: `${t.targetChanceRow} ${formatYear(year)}`,
            value: formatChance(share, amounts.lang),
            steps: [{ text: t.uex.targetMet(count(Math.round(share * band.draws)), draws) }, { text: t.uex.target, value: amounts.money(goal) }],
            note: t.bandHow,
          };
        }
      }
    },
    [refs, band, figures, asSet, asSetLabel, chance, certain, level, target, amounts, t],
  );

  const { unitText } = amounts;
  const title = which === 'savings' ? t.bandTableTitle : which === 'cumulative' ? t.cumulativeBandTitle : b.title;
  return (
    <section className="projection-section" aria-labelledby={titleId} aria-busy={stale || undefined}>
      <div className="projection-section__head">
        <h3 id={titleId}>{title}</h3>
        {stale ? <span className="projection-note projection-band-note__busy">{t.bandUpdating}</span> : null}
      </div>
      <TraceGrid
        testId={which === 'savings' ? 'band-table' : `${which}-band-table`}
        caption={t.bandCaption(unitText, count(band.draws), band.seed)}
        corner={amounts.unitLabel}
        columns={band.years.map(formatYear)}
        rows={rows}
        explain={explain}
      />
    </section>
  );
});
