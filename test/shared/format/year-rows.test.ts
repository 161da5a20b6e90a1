import type { Projection } from '../../../shared/engine/types';
import { yearRows } from '../../../shared/format/year-rows';
import { project } from '../../../shared/engine/project';
import { loadExample } from '../engine/support';
import { catalogue, render, text } from '../../../shared/i18n/text';

// The worked example (scenario-format.md), as the engine returns it.
const projection: Projection = project(loadExample());

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('yearRows', () => {
  it('in euros gives the projection figures in table order', () => {
    const rows = yearRows(projection, 'euro');
    expect(rows.map((r) => r.measureId ?? r.kind)).toEqual([
      'baseline', 'scenario', 'savings', 'cumulative', 'korting', 'verschuiving', 'formatie', 'target', 'gap',
    ]);
    expect(rows[2]!.values).toEqual([175000, 364701, 629861, 973949]);
    expect(rows[8]!.values).toEqual([325000, 635299, 870139, 1026051]);
  });

  it('in thousands keeps every column adding up', () => {
    const rows = yearRows(projection, 'thousand');
    const row = (key: string) => rows.find((r) => (r.measureId ?? r.kind) === key)!.values;
    expect(row('savings')).toEqual([175000, 365000, 630000, 974000]);
    expect(row('baseline')).toEqual([5700000, 5897000, 6047000, 6144000]);
    expect(row('cumulative')).toEqual([175000, 540000, 1170000, 2144000]);
    expect(row('formatie')).toEqual([0, 0, -38000, 0]);
    for (let i = 0; i < 4; i++) {
      const effects = rows.filter((r) => r.kind === 'measure').map((r) => r.values[i]!);
      expect(sum(effects)).toBe(row('savings')[i]);
      expect(row('baseline')[i]! - row('scenario')[i]!).toBe(row('savings')[i]);
      expect(row('target')[i]! - row('savings')[i]!).toBe(row('gap')[i]);
      rows.forEach((r) => expect(Math.abs(r.values[i]! % 1000)).toBe(0));
    }
  });

  it('keeps years before the first target empty and leaves out target rows without one', () => {
    const early = {
      ...projection,
      target: { amount: [null, 1000000, 1000000, 1000000], gap: [null, 635299, 370139, 26051], met: [null, false, false, false], structuralGap: [null, 0, 0, 0] },
    };
    const rows = yearRows(early, 'thousand');
    expect(rows.find((r) => r.kind === 'target')!.values[0]).toBeNull();
    expect(rows.find((r) => r.kind === 'gap')!.values).toEqual([null, 635000, 370000, 26000]);
    const { target: _target, ...noTarget } = projection;
    expect(yearRows(noTarget, 'euro').some((r) => r.kind === 'target' || r.kind === 'gap')).toBe(false);
  });
});

describe('the numbers area of the catalogue', () => {
  it('fills its parameters in either language', () => {
    expect(render('nl', text('numbers.validate.allValid', 3, 0))).toBe('3 bestanden geldig');
    expect(render('nl', text('numbers.validate.allValid', 1, 0))).toBe('1 bestand geldig');
    expect(render('nl', text('numbers.validate.allValid', 1, 2))).toBe('1 bestand geldig, 2 waarschuwingen');
    expect(render('nl', text('numbers.validate.someInvalid', 1, 2, 1))).toBe('1 van 2 bestanden ongeldig, 1 probleem');
    expect(render('en', text('numbers.validate.someInvalid', 2, 2, 5))).toBe('2 of 2 files invalid, 5 problems');
    expect(render('en', text('numbers.usage.badValue', 'fr', '--lang', 'nl, en'))).toBe(
      'invalid value "fr" for --lang (choose from: nl, en)',
    );
    expect(catalogue('en').numbers.row.savings).toBe('Savings');
  });
});
