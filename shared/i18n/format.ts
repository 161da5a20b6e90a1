// The formatting a catalogue's messages use, bound to one language: numbers, money, percentages
// and dates by the language's locale (Intl), plural forms and lists by its rules. A catalogue
// file starts with `const f = formatters('<its id>')`; nothing here picks a language by name.
import { formatDate, formatDateTime } from '../format/date';
import { formatMoney, formatNumber, formatPercent, type MoneyOptions, type NumberOptions } from '../format/money';
import type { Lang } from './languages';
import { list, plural, type PluralForms } from './plural';

export interface Formatters {
  readonly lang: Lang;
  money(value: number, options?: Omit<MoneyOptions, 'lang'>): string;
  number(value: number, options?: Omit<NumberOptions, 'lang'>): string;
  percent(fraction: number, options?: Omit<NumberOptions, 'lang'>): string;
  plural(count: number, forms: PluralForms): string;
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  date(value: Date | string): string;
  dateTime(value: Date | string): string;
}

export function formatters(lang: Lang): Formatters {
  return {
    lang,
    money: (value, options) => formatMoney(value, { lang, ...options }),
    number: (value, options) => formatNumber(value, { lang, ...options }),
    percent: (fraction, options) => formatPercent(fraction, { lang, ...options }),
    plural: (count, forms) => plural(lang, count, forms),
    list: (items, type) => list(lang, items, type),
    date: (value) => formatDate(value, { lang }),
    dateTime: (value) => formatDateTime(value, { lang }),
  };
}
