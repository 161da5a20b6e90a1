// Numbers as spreadsheets and ledgers export them, in both decimal styles.
import { decimalEvidence, detectDecimalStyle, readNumberText } from '../../../shared/format/read-number';
import { parseLocaleNumber } from '../../../shared/format/parse-number';

const v = (text: string, style: 'comma' | 'point') => readNumberText(text, style)?.value;

describe('readNumberText', () => {
  it.each([
    ['€ 1.234.567,89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['€\u00a01.020.000,00', 1020000],
    ['EUR 1.234,50', 1234.5],
    ['€ 1.250.000,-', 1250000],
    ['(1.234,50)', -1234.5],
    ['1.234,50-', -1234.5],
    ['-€ 1.234', -1234],
    ['€ -1.234,00', -1234],
    ['+12,5', 12.5],
    ['1 234 567,89', 1234567.89],
    ['0,8', 0.8],
    ['425', 425],
  ])('comma style: %s → %d', (text, value) => expect(v(text, 'comma')).toBe(value));

  it.each([
    ['€1,020,000.00', 1020000],
    ['1,234.5', 1234.5],
    ['(1,234.50)', -1234.5],
    ['EUR1,234', 1234],
    ['€ 1,234.-', 1234],
  ])('point style: %s → %d', (text, value) => expect(v(text, 'point')).toBe(value));

  it('reads a per-cent sign as a fraction and says so', () => {
    expect(readNumberText('12,5%', 'comma')).toEqual({ value: 0.125, percent: true });
    expect(readNumberText('80 %', 'point')).toEqual({ value: 0.8, percent: true });
  });

  it.each([['€ 12.34,5'], ['1.5'], ['twee ton'], ['1,234.56'], ['--5'], ['(-5)'], [''], ['€'], ['1.23.456']])(
    'refuses %s in comma style rather than guess',
    (text) => expect(readNumberText(text, 'comma')).toBeNull(),
  );

  it('does not change what parseLocaleNumber accepts', () => {
    for (const text of ['€ 1.234,56', '-12,5%', '1.234']) {
      expect(readNumberText(text, 'comma')).toEqual(parseLocaleNumber(text, 'nl'));
    }
  });
});

describe('decimal style detection', () => {
  it.each([
    ['1.234,56', 'comma'],
    ['12,5', 'comma'],
    ['1234,567', 'comma'],
    ['0,250', 'comma'],
    ['1.234.567', 'comma'],
    ['€ 1.020.000,00', 'comma'],
    ['1,234.56', 'point'],
    ['12.5%', 'point'],
    ['1,234,567', 'point'],
    ['1.234', undefined],
    ['1,234', undefined],
    ['1234', undefined],
    ['6.71b', undefined],
    ['Welzijn', undefined],
  ])('%s speaks for %s', (text, style) => expect(decimalEvidence(text)).toBe(style));

  it('counts the cells and falls back when they do not tell', () => {
    expect(detectDecimalStyle(['1.234,50', '12,5%', '1,234.00'], 'point')).toEqual({ style: 'comma', comma: 2, point: 1 });
    expect(detectDecimalStyle(['1.234', '500'], 'point').style).toBe('point');
    expect(detectDecimalStyle([], 'comma').style).toBe('comma');
  });
});
