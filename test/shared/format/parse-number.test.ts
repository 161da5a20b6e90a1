import { parseLocaleNumber } from '../../../shared/format/parse-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234.567,89', 'nl', 1234567.89],
    ['€ 1.234', 'nl', 1234],
    ['−38.000', 'nl', -38000],
    ['0,2', 'nl', 0.2],
    ['12,5%', 'nl', 0.125],
    ['1,234.5', 'en', 1234.5],
    ['€600,000', 'en', 600000],
    ['20%', 'en', 0.2],
    ['  42 ', 'en', 42],
  ] as const)('reads %j in %s as %d', (text, lang, value) => {
    expect(parseLocaleNumber(text, lang)?.value).toBeCloseTo(value, 10);
  });

  it.each([
    ['1,234.5', 'nl'],
    ['12.34.5', 'nl'],
    ['abc', 'nl'],
    ['', 'en'],
    ['1.2.3', 'en'],
    ['1e5', 'en'],
    ['--1', 'nl'],
  ] as const)('refuses %j in %s', (text, lang) => {
    expect(parseLocaleNumber(text, lang)).toBeNull();
  });
});
