// A measure's settings in one sentence, for a council document: "20% korting op Vitale Coalitie,
// ingroei 0% 2021, 50% 2022, 100% 2023". Amounts in a setting are always whole euros (or cents
// where the file has them), whatever unit the figures are shown in: they are what was decided.
import { listedYears } from '../engine/year-table';
import { formatMoney, formatNumber, formatPercent } from '../format/money';
import type { Lang } from '../scenario/problems';
import type { Measure, Scenario, YearTable } from '../scenario/schema';

const W = {
  nl: {
    cut: (rate: string, on: string) => `${rate} korting op ${on}`,
    raise: (rate: string, on: string) => `${rate} verhoging op ${on}`,
    cutAmount: (amount: string, on: string) => `${amount} per jaar korting op ${on}`,
    fewer: (rate: string, on: string) => `${rate} minder cliënten op ${on}`,
    more: (rate: string, on: string) => `${rate} meer cliënten op ${on}`,
    lower: (rate: string, on: string) => `${rate} lager tarief op ${on}`,
    higher: (rate: string, on: string) => `${rate} hoger tarief op ${on}`,
    unchanged: (on: string) => `geen wijziging op ${on}`,
    shift: (from: string, to: string, shares: string) => `van ${from} naar ${to}: aandeel ${shares}`,
    ratio: (r: string) => `verhouding 1 : ${r}`,
    phaseIn: (list: string) => `ingroei ${list}`,
    from: (year: number) => `vanaf ${year}`,
    saving: 'besparing',
    cost: 'kosten',
    inYear: (amount: string, year: number) => `${amount} in ${year}`,
    perYearFrom: (amount: string, year: number) => `${amount} per jaar vanaf ${year}`,
    range: (low: string, high: string) => `bandbreedte ${low}–${high}`,
    and: 'en',
    nothing: 'geen bedragen',
  },
  en: {
    cut: (rate: string, on: string) => `${rate} cut on ${on}`,
    raise: (rate: string, on: string) => `${rate} increase on ${on}`,
    cutAmount: (amount: string, on: string) => `${amount} a year cut on ${on}`,
    fewer: (rate: string, on: string) => `${rate} fewer clients on ${on}`,
    more: (rate: string, on: string) => `${rate} more clients on ${on}`,
    lower: (rate: string, on: string) => `${rate} lower unit cost on ${on}`,
    higher: (rate: string, on: string) => `${rate} higher unit cost on ${on}`,
    unchanged: (on: string) => `no change on ${on}`,
    shift: (from: string, to: string, shares: string) => `from ${from} to ${to}: share ${shares}`,
    ratio: (r: string) => `ratio 1 : ${r}`,
    phaseIn: (list: string) => `phase-in ${list}`,
    from: (year: number) => `from ${year}`,
    saving: 'saving',
    cost: 'cost',
    inYear: (amount: string, year: number) => `${amount} in ${year}`,
    perYearFrom: (amount: string, year: number) => `${amount} a year from ${year}`,
    range: (low: string, high: string) => `range ${low}–${high}`,
    and: 'and',
    nothing: 'no amounts',
  },
} as const;

/** "A", "A en B", "A, B en C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${W[lang].and} ${names[names.length - 1]}`;
}

const percent = (fraction: number, lang: Lang) => formatPercent(fraction, { lang, maxDigits: 2 });

/** "ingroei 0% 2021, 50% 2022, 100% 2023"; "vanaf 2022" for a single full step; null when absent. */
export function describePhaseIn(phaseIn: YearTable | undefined, lang: Lang): string | null {
  const entries = listedYears(phaseIn);
  if (entries.length === 0) return null;
  const only = entries[0];
  if (entries.length === 1 && only && only.value === 1) return W[lang].from(only.year);
  return W[lang].phaseIn(entries.map((e) => `${percent(e.value, lang)} ${e.year}`).join(', '));
}

function money(value: number, lang: Lang): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatMoney(value, { lang, digits });
}

/** The targets of a cut or change: group names and line names, in file order. */
function targetNames(m: { lines?: string[]; groups?: string[] }, lineName: (id: string) => string, lang: Lang): string {
  return joinNames([...(m.groups ?? []), ...(m.lines ?? []).map(lineName)], lang);
}

/** One sentence (without final stop) describing the measure's settings, first letter capital. */
export function describeMeasure(measure: Measure, scenario: Scenario, lang: Lang): string {
  const w = W[lang];
  const names = new Map(scenario.lines.map((l) => [l.id, l.name]));
  const lineName = (id: string) => names.get(id) ?? id;
  const parts: string[] = [];
  switch (measure.type) {
    case 'cut': {
      const on = targetNames(measure, lineName, lang);
      if (measure.amount !== undefined) parts.push(w.cutAmount(money(measure.amount, lang), on));
      else {
        const rate = measure.rate ?? 0;
        parts.push(rate < 0 ? w.raise(percent(-rate, lang), on) : w.cut(percent(rate, lang), on));
      }
      break;
    }
    case 'volumeChange':
    case 'unitCostChange': {
      const on = targetNames(measure, lineName, lang);
      const size = percent(Math.abs(measure.rate), lang);
      const volume = measure.type === 'volumeChange';
      if (measure.rate === 0) parts.push(w.unchanged(on));
      else if (measure.rate < 0) parts.push(volume ? w.fewer(size, on) : w.lower(size, on));
      else parts.push(volume ? w.more(size, on) : w.higher(size, on));
      break;
    }
    case 'shift': {
      const shares = listedYears(measure.share).map((e) => `${percent(e.value, lang)} ${e.year}`).join(', ');
      parts.push(w.shift(lineName(measure.from), lineName(measure.to), shares));
      const ratio = measure.ratio ?? 1;
      if (ratio !== 1) parts.push(w.ratio(formatNumber(ratio, { lang, maxDigits: 3 })));
      break;
    }
    case 'fixed': {
      const entries = listedYears(measure.amounts);
      if (entries.length === 0) parts.push(w.nothing);
      const texts = entries.map((e, i) => {
        const amount = `${e.value < 0 ? w.cost : w.saving} ${money(Math.abs(e.value), lang)}`;
        const last = i === entries.length - 1;
        return last && measure.continues ? w.perYearFrom(amount, e.year) : w.inYear(amount, e.year);
      });
      if (texts.length > 0) parts.push(texts.join(', '));
      break;
    }
  }
  if (measure.type !== 'shift' && measure.type !== 'fixed') {
    const phase = describePhaseIn(measure.phaseIn, lang);
    if (phase) parts.push(phase);
  }
  if (measure.uncertainty) {
    parts.push(w.range(percent(measure.uncertainty.low, lang), percent(measure.uncertainty.high, lang)));
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
