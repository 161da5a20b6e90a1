// The import's words and number style for every language of the app, the pseudo-locale included.
import { decimalStyleOf, parseLocaleNumber } from '../../../shared/format/parse-number';
import { render } from '../../../shared/i18n/text';
import { tooManyRows } from '../../../shared/import/limits';
import { scenarioFromImport } from '../../../shared/import/scenario';

describe('the import in every language', () => {
  it('reads numbers in the style of the language: Dutch with a decimal comma, English and qps with a point', () => {
    expect(decimalStyleOf('nl')).toBe('comma');
    expect(decimalStyleOf('en')).toBe('point');
    expect(decimalStyleOf('qps')).toBe('point');
    expect(parseLocaleNumber('1.234,5', 'nl')?.value).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5', 'qps')?.value).toBe(1234.5);
  });

  it('keeps a limit as data (numbers) and formats it in the language that reads it', () => {
    const message = tooManyRows(20_005, 'Blad1');
    expect(message.args).toEqual([20_005, 20_000, 'file', 'Blad1']);
    expect(render('nl', message)).toContain('Werkblad „Blad1” heeft 20.005 rijen');
    expect(render('en', message)).toContain('Sheet "Blad1" has 20,005 rows');
    expect(render('qps', message)).not.toBe(render('en', message));
  });

  it('describes an imported scenario in any language', () => {
    const line = { row: 2, line: { name: 'Bibliotheek', kind: 'subsidy' as const, amount: 1000 } };
    const made = (lang: 'nl' | 'en' | 'qps') =>
      scenarioFromImport({ title: 'T', baseYear: 2024, lines: [line], sourceName: 'begroting.csv', lang });
    const nl = made('nl');
    const en = made('en');
    const qps = made('qps');
    expect(nl.ok && nl.value.description).toBe('Begrotingsregels geïmporteerd uit begroting.csv.');
    expect(en.ok && en.value.description).toBe('Budget lines imported from begroting.csv.');
    expect(qps.ok && qps.value.description).toEqual(expect.stringContaining('begroting.csv'));
  });
});
