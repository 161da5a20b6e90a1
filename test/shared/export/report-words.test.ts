// The exports' words come from the catalogue's `report` area: typed messages instead of
// placeholders, plural forms by the language, and every language (the pseudo-locale too).
import { csvStyleOf } from '../../../shared/export/csv';
import { joinNames } from '../../../shared/export/describe-words';
import { reportWord } from '../../../shared/export/report-words';
import { catalogue } from '../../../shared/i18n/text';

describe('report words', () => {
  it('fills parameters by position, numbers as numbers', () => {
    expect(catalogue('nl').report.totalSpan('2025–2028')).toBe('Totaal 2025–2028');
    expect(catalogue('en').report.differsFrom('B', 'A')).toBe('B compared with A');
    expect(catalogue('nl').report.savingsIn(2028)).toBe('Besparing 2028');
  });

  it('says the number of lines with the plural form of the language', () => {
    expect(catalogue('nl').report.sameOverLines('20%', 3)).toBe('20% op elke regel (3 regels)');
    expect(catalogue('nl').report.sameOverLines('20%', 1)).toBe('20% op elke regel (1 regel)');
    expect(catalogue('en').report.rangeOverLines('5%–20%', 2)).toBe('5%–20%, varying by line (2 lines)');
  });

  it('has every word in the pseudo-locale', () => {
    expect(reportWord('qps', 'summary')).toMatch(/^⟦Summary/);
    expect(catalogue('qps').report.kinds.subsidy).toMatch(/^⟦Subsidy/);
  });

  it('joins names as the language does', () => {
    expect(joinNames(['A', 'B', 'C'], 'nl')).toBe('A, B en C');
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinNames(['A'], 'en')).toBe('A');
    expect(joinNames([], 'nl')).toBe('');
  });

  it('writes a language’s CSV in the style of its decimal mark', () => {
    expect(csvStyleOf('nl')).toBe('nl');
    expect(csvStyleOf('en')).toBe('international');
    expect(csvStyleOf('qps')).toBe('international');
  });
});
