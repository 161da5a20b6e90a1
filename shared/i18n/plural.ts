// Plural forms by the language's own rules (Intl.PluralRules), never `n === 1 ? … : …`.
// `#` in a form is the count, formatted for the language.
import { formatNumber } from '../format/money';
import { localeOf, type Lang } from './languages';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

export function plural(lang: Lang, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(localeOf(lang));
    rules.set(lang, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return form.split('#').join(formatNumber(count, { lang, maxDigits: 2 }));
}

const lists = new Map<string, Intl.ListFormat>();

/** "a, b en c" / "a, b and c": Intl.ListFormat of the language (one per language and type, as the rules above). */
export function list(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang}|${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(localeOf(lang), { style: 'long', type });
    lists.set(key, format);
  }
  return format.format(items);
}
