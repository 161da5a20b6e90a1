// The tornado's rows in words, shared by its chart and its table: what each row is (a measure or
// an assumption) and how its low and high are set.
import { formatNumber, formatPercent } from '../../../shared/format/money';
import type { Lang } from '../../../shared/scenario/problems';
import type { TornadoRow } from '../../../shared/uncertainty/sensitivity';
import type { Catalogue } from '../../../shared/i18n/catalogues';
import { render } from '../../../shared/i18n/text';

/** The row's name in the reader's language. */
export function tornadoLabel(row: TornadoRow, lang: Lang): string {
  return render(lang, row.label);
}

/** "maatregel" / "aanname". */
export function tornadoKind(row: TornadoRow, t: Catalogue['projection']): string {
  return row.kind === 'measure' ? t.kindMeasure : t.kindAssumption;
}

/** "sterkte × 50% (laag) tot × 150% (hoog)" or "1 procentpunt lager (laag) en hoger (hoog), elk jaar". */
export function tornadoSetting(row: TornadoRow, t: Catalogue['projection'], lang: Lang): string {
  if (row.change === 'factor') return t.settingFactor(formatPercent(row.low, { lang }), formatPercent(row.high, { lang }));
  return t.settingShift(t.percentagePoint(formatNumber(Math.abs(row.high) * 100, { lang })));
}

/** The chart's label of a row: its name, shortened, and what it is. */
export function tornadoAxisLabel(row: TornadoRow, t: Catalogue['projection'], lang: Lang, max = 38): string {
  const name = tornadoLabel(row, lang);
  const chars = [...name];
  const short = chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
  return `${short} (${tornadoKind(row, t)})`;
}
