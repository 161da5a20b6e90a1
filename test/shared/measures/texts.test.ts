// The measure types' texts come from the catalogue (area measureKinds): problems are a message id
// with the values as arguments, words and descriptions exist in every language, the pseudo-locale too.
import { MEASURE_TYPES, kindOf, kindOfType } from '../../../shared/measures/registry';
import { render } from '../../../shared/i18n/text';
import { checkDocument } from '../../../shared/scenario/validate';
import type { Measure } from '../../../shared/scenario/schema';
import { loadExample } from '../engine/support';

describe('the measure types’ texts', () => {
  it('a problem of a measure is a catalogue message with the values as its arguments', () => {
    const doc = loadExample();
    doc.measures = [...(doc.measures ?? []), { id: 'x', name: 'X', type: 'cut', lines: ['begeleiding'], rate: 0.1, amount: 5 } as Measure];
    const problem = checkDocument(doc).problems.find((p) => p.problem.code === 'rate-and-amount')?.problem;
    expect(problem?.message).toEqual({ id: 'measureKinds.cut.rateAndAmount', args: [{ id: 'measureKinds.common.measureById', args: ['x'] }] });
    expect(render('nl', problem!.message)).toBe('Maatregel „x” heeft zowel een percentage (rate) als een bedrag (amount); een korting heeft er precies één.');
    expect(render('en', problem!.message)).toBe('Measure "x" has both a rate and an amount; a cut has exactly one of them.');
    expect(render('qps', problem!.message)).toMatch(/^⟦⟦Measure "x"·*⟧ has both .*⟧$/);
  });

  it('an amount line in a group: the lines listed, singular or plural by the count', () => {
    const doc = loadExample();
    doc.measures = [{ id: 'v', name: 'V', type: 'volumeChange', groups: ['Vitale Coalitie'], rate: 0.1 } as Measure];
    const problem = checkDocument(doc).problems.find((p) => p.problem.code === 'not-a-volume-line')!.problem;
    expect(render('nl', problem.message)).toBe(
      'Maatregel „v” werkt alleen op regels met een volume en kosten per eenheid, maar treft groep „Vitale Coalitie”, met de regels „bibliotheek” en „welzijn”: die hebben een vast bedrag (amount).',
    );
    expect(render('en', problem.message)).toBe(
      'Measure "v" works only on lines with a volume and a cost per unit, but targets group "Vitale Coalitie", with lines "bibliotheek" and "welzijn", which have a fixed amount.',
    );
  });

  it.each(MEASURE_TYPES)('%s: its words exist in every language', (type) => {
    const kind = kindOfType(type);
    for (const lang of ['nl', 'en', 'qps'] as const) {
      expect(render(lang, kind.words.title)).not.toBe('');
      expect(render(lang, kind.words.noun)).not.toBe('');
    }
  });

  it('a description takes its phrases from the catalogue', () => {
    const cut = (loadExample().measures ?? []).find((m) => m.type === 'cut')!;
    expect(kindOf(cut).describe(cut, (id) => id, 'en')[0]).toMatch(/^20% cut on /);
  });
});
