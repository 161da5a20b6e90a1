// The numbers of explain()'s steps as its messages write them (shared/i18n/<lang>/explain.ts and
// measureKinds.ts), bound to one language's formatters: factors, whole and exact euros, per cents.
import type { Formatters } from '../i18n/format';

export interface ExplainNumbers {
  /** A factor or count: up to 6 decimals ("1,019", "0,9"). */
  num(x: number, maxDigits?: number): string;
  /** Whole euros: "€ 4.677.210", "−€ 38.000". */
  eur(x: number): string;
  /** Euros with cents, for exact amounts: "€ 102.590,78". */
  eurExact(x: number): string;
  /** In parentheses when negative, for a term after a minus sign: "− (−€ 38.000)". */
  signedEur(x: number): string;
  pct(x: number): string;
}

export function explainNumbers(f: Formatters): ExplainNumbers {
  const eur = (x: number) => f.money(x);
  return {
    num: (x, maxDigits = 6) => f.number(x, { maxDigits }),
    eur,
    // Cents as formatMoney writes them (its sign, joined to the €; none when it rounds to 0).
    eurExact: (x) => (Number.isInteger(x) ? eur(x) : f.money(x, { digits: 2 })),
    signedEur: (x) => (x < 0 ? `(${eur(x)})` : eur(x)),
    pct: (x) => f.percent(x, { maxDigits: 2 }),
  };
}
