// How a compare sentence writes its values, the same in every language but for the language's
// own number formats: percentages, amounts (cents only where there are any), ranges, years and
// lists. A catalogue's `differences` group takes them with `...compareValues(f)`.
import { formatYearSpan } from '../format/money';
import type { Formatters } from './format';

export function compareValues(f: Formatters) {
  const euro = (amount: number) => f.money(amount, { digits: 'cents' });
  const pct = (fraction: number) => f.percent(fraction, { maxDigits: 2 });
  return {
    pct,
    euro,
    num: (value: number) => f.number(value, { maxDigits: 2 }),
    range: (low: number, high: number) => `${f.number(low, { maxDigits: 2 })}–${f.number(high, { maxDigits: 2 })}`,
    years: (from: number, to: number) => formatYearSpan(from, to),
    volumeLine: (volume: number, unitCost: number) => `${f.number(volume, { maxDigits: 2 })} × ${euro(unitCost)}`,
    list: (items: string[]) => f.list(items),
    pctRange: (low: number, high: number) => `${pct(low)} – ${pct(high)}`,
    euroRange: (low: number, high: number) => `${euro(low)} – ${euro(high)}`,
    blank: '',
    details: (parts: string[]) => parts.filter(Boolean).join(', '),
  };
}
