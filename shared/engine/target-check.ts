// Whether the savings meet the target (taakstelling): in every year that has one, not only the
// last. A council that plans € 165.000 a year is not "on target" when 2023 falls € 30.000 short
// and 2025 is met (#20). The headline, the chart's sentence, the exports and compare all say it
// from here.
import { formatYearRuns } from '../format/money';
import { text, type Text } from '../i18n/text';
import type { Projection } from './types';

export interface ShortYear {
  year: number;
  /** target − savings, > 0. */
  gap: number;
}

export type TargetCheck =
  /** No year of the horizon has a target (none in the file, or only after the horizon). */
  | { status: 'none'; from: null; to: null }
  /** Every year with a target is met; `surplus`: savings − target in the last year (≥ 0). */
  | { status: 'met'; from: number; to: number; surplus: number }
  /** At least one year falls short: those years, in order, and the largest shortfall. */
  | { status: 'short'; from: number; to: number; short: ShortYear[]; largest: ShortYear };

/** The check of a projection's own figures. */
export function targetCheck(projection: Projection): TargetCheck {
  return targetCheckOf(projection.years, projection.target?.gap ?? []);
}

/** The check of a gap series (target − savings per year, null where no target), e.g. a compared one. */
export function targetCheckOf(years: readonly number[], gaps: readonly (number | null)[]): TargetCheck {
  const withTarget = years.map((year, i) => ({ year, gap: gaps[i] ?? null })).filter((y) => y.gap !== null);
  const first = withTarget[0];
  const last = withTarget[withTarget.length - 1];
  if (!first || !last) return { status: 'none', from: null, to: null };
  const short = withTarget.filter((y): y is ShortYear => (y.gap as number) > 0);
  const largest = short.reduce<ShortYear | undefined>((worst, y) => (!worst || y.gap > worst.gap ? y : worst), undefined);
  if (largest) return { status: 'short', from: first.year, to: last.year, short, largest };
  return { status: 'met', from: first.year, to: last.year, surplus: Math.abs(last.gap as number) };
}


/** What the check says, in the catalogue's words (area `report.check`): a word and a detail. */
export function targetCheckText(check: TargetCheck): { label: Text | null; word: Text; detail: Text | null } {
  switch (check.status) {
    case 'none':
      return { label: null, word: text('report.targetNone'), detail: null };
    case 'met':
      return {
        label: text('report.check.label', check.from, check.to),
        word: text('report.targetMet'),
        detail: check.surplus > 0 ? text('report.check.surplus', check.surplus, check.to) : null,
      };
    case 'short':
      return {
        label: text('report.check.label', check.from, check.to),
        word: text('report.targetNotMet'),
        detail: text('report.check.short', formatYearRuns(check.short.map((y) => y.year)), check.largest.year, check.largest.gap),
      };
  }
}

/**
 * The check in one line, for a summary: "niet gehaald: tekort € 30.000 in 2023", "gehaald, € 5.000
 * over in 2025" (with `surplus`), "gehaald", or that there is no target (yet).
 */
export function targetCheckLine(check: TargetCheck, hasTarget: boolean, surplus: boolean): Text {
  if (check.status === 'none') return text(hasTarget ? 'report.targetNotYet' : 'report.targetNone');
  const said = targetCheckText(check);
  if (check.status === 'short') return text('report.check.notMetBecause', said.detail as Text);
  return surplus && said.detail ? text('report.check.metWith', said.detail) : said.word;
}
