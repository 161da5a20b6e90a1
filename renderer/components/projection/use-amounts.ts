// Amounts in the ui unit, from shared/format: table cells without the € (the caption and the
// corner cell carry the unit, as printed budgets do), and free-standing amounts (tooltips,
// summaries, explanations) with it: "€ 973.949", or "974 × € 1.000" in thousands.
import { useMemo } from 'react';
import { formatMoney, formatMoneyWithUnit, moneyUnitLabel, type MoneyUnit } from '../../../shared/format/money';
import type { Lang } from '../../../shared/i18n/languages';
import { catalogue } from '../../../shared/i18n/text';
import { useAppStore } from '../../store/store';
import { uiSelectors } from '../../store/ui-slice';

export interface Amounts {
  lang: Lang;
  unit: MoneyUnit;
  /** "× € 1.000" or "€". */
  unitLabel: string;
  /** What a caption or an axis title says of the amounts: "Bedragen in euro", "Bedragen × € 1.000". */
  unitText: string;
  /** A table cell: "973.949" / "974"; with sign 'always' a change or gap: "+870.139". */
  cell(value: number | null, sign?: 'auto' | 'always'): string;
  /** An amount on its own, with its unit. */
  money(value: number, sign?: 'auto' | 'always'): string;
}

export function amounts(lang: Lang, unit: MoneyUnit): Amounts {
  const unitLabel = moneyUnitLabel(lang, unit);
  const t = catalogue(lang).projection;
  return {
    lang,
    unit,
    unitLabel,
    unitText: unit === 'euro' ? t.unitTextEuro : t.unitTextThousand(unitLabel),
    cell: (value, sign = 'auto') => (value === null ? '—' : formatMoney(value, { lang, unit, symbol: false, sign })),
    money: (value, sign = 'auto') => formatMoneyWithUnit(value, { lang, unit, sign }),
  };
}

export function useAmounts(): Amounts {
  const lang = useAppStore(uiSelectors.lang);
  const unit = useAppStore(uiSelectors.unit);
  return useMemo(() => amounts(lang, unit), [lang, unit]);
}
