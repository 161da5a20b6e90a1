import {
  MINUS,
  WORD_JOINER,
  formatMoney,
  formatNumber,
  formatPercent,
  formatYear,
  formatYearSpan,
  keepAmountsTogether,
  moneyUnitLabel,
} from '../../../shared/format/money';

const NBSP = '\u00a0';
/** Between a sign and the €: no line break there. */
const WJ = WORD_JOINER;

describe('formatMoney', () => {
  it('writes whole euros in nl-NL and en-GB', () => {
    expect(formatMoney(1234567, { lang: 'nl' })).toBe(`€${NBSP}1.234.567`);
    expect(formatMoney(1234567, { lang: 'en' })).toBe('€1,234,567');
    expect(formatMoney(973949, { lang: 'nl', unit: 'euro' })).toBe(`€${NBSP}973.949`);
  });

  it('puts one minus sign (U+2212) before the currency, in both languages', () => {
    expect(formatMoney(-1234, { lang: 'nl' })).toBe(`${MINUS}${WJ}€${NBSP}1.234`);
    expect(formatMoney(-1234, { lang: 'en' })).toBe(`${MINUS}${WJ}€1,234`);
    expect(formatMoney(-38000, { lang: 'nl', unit: 'thousand' })).toBe(`${MINUS}38`);
  });

  it('rounds half away from zero, as the projection does, and never shows −0', () => {
    expect(formatMoney(2.5, { lang: 'nl' })).toBe(`€${NBSP}3`);
    expect(formatMoney(-2.5, { lang: 'nl' })).toBe(`${MINUS}${WJ}€${NBSP}3`);
    expect(formatMoney(-0.4, { lang: 'nl' })).toBe(`€${NBSP}0`);
    expect(formatMoney(-0, { lang: 'en' })).toBe('€0');
    expect(formatMoney(-499, { lang: 'en', unit: 'thousand' })).toBe('0');
  });

  it('in thousands divides by 1000 and leaves the € to the column header', () => {
    expect(formatMoney(1234567, { lang: 'nl', unit: 'thousand' })).toBe('1.235');
    expect(formatMoney(1234567, { lang: 'en', unit: 'thousand' })).toBe('1,235');
    expect(formatMoney(1500, { lang: 'nl', unit: 'thousand', symbol: true })).toBe(`€${NBSP}2`);
    expect(moneyUnitLabel('nl', 'thousand')).toBe(`×${NBSP}€${NBSP}1.000`);
    expect(moneyUnitLabel('en', 'thousand')).toBe(`×${NBSP}€1,000`);
    expect(moneyUnitLabel('en', 'euro')).toBe('€');
  });

  it('shows cents when asked, for an exact effect', () => {
    expect(formatMoney(102590.777, { lang: 'nl', digits: 2 })).toBe(`€${NBSP}102.590,78`);
    expect(formatMoney(-38000, { lang: 'en', digits: 2 })).toBe(`${MINUS}${WJ}€38,000.00`);
    expect(formatMoney(-0.004, { lang: 'en', digits: 2 })).toBe('€0.00');
  });

  it('can sign changes both ways', () => {
    expect(formatMoney(1234, { lang: 'nl', sign: 'always' })).toBe(`+${WJ}€${NBSP}1.234`);
    expect(formatMoney(-1234, { lang: 'en', sign: 'always' })).toBe(`${MINUS}${WJ}€1,234`);
    // Without the € nothing needs joining: the sign and the digits never break apart.
    expect(formatMoney(-1234, { lang: 'en', symbol: false, sign: 'always' })).toBe(`${MINUS}1,234`);
    expect(formatMoney(0, { lang: 'en', sign: 'always' })).toBe('€0');
  });
});

describe('formatPercent', () => {
  it('writes fractions as percentages, up to two decimals by default', () => {
    expect(formatPercent(0.0113, { lang: 'nl' })).toBe('1,13%');
    expect(formatPercent(0.0113, { lang: 'en' })).toBe('1.13%');
    expect(formatPercent(0.2, { lang: 'nl' })).toBe('20%');
    expect(formatPercent(0.05, { lang: 'en' })).toBe('5%');
  });

  it('with digits shows exactly that many', () => {
    expect(formatPercent(0.2, { lang: 'nl', digits: 1 })).toBe('20,0%');
    expect(formatPercent(0.0113, { lang: 'en', digits: 0 })).toBe('1%');
    expect(formatPercent(-0.05, { lang: 'nl', digits: 1 })).toBe(`${MINUS}5,0%`);
    expect(formatPercent(0.05, { lang: 'en', sign: 'always' })).toBe('+5%');
  });
});

describe('formatNumber and formatYear', () => {
  it('groups and signs like the money formatter', () => {
    expect(formatNumber(1234.5, { lang: 'nl' })).toBe('1.234,5');
    expect(formatNumber(1234.5, { lang: 'en' })).toBe('1,234.5');
    expect(formatNumber(-9171, { lang: 'nl', digits: 0 })).toBe(`${MINUS}9.171`);
    expect(formatNumber(459, { lang: 'en', digits: 2 })).toBe('459.00');
    expect(formatNumber(-0.001, { lang: 'en' })).toBe('0');
  });

  it('never groups a year', () => {
    expect(formatYear(2023)).toBe('2023');
    expect(formatYearSpan(2020, 2023)).toBe('2020–2023');
    expect(formatYearSpan(2022, 2022)).toBe('2022');
  });
});

describe('keepAmountsTogether', () => {
  it('joins a typed € to the figure after it with a no-break space, and leaves the rest as typed', () => {
    expect(keepAmountsTogether('groeit van € 500.000 in 2020 naar € 2 miljoen')).toBe(`groeit van €${NBSP}500.000 in 2020 naar €${NBSP}2 miljoen`);
    expect(keepAmountsTogether('tekort € −38.000')).toBe(`tekort €${NBSP}−38.000`);
    expect(keepAmountsTogether('in € en in euro’s')).toBe('in € en in euro’s');
  });
});
