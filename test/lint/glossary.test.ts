// One glossary (#18 item 3): each thing of the domain has one name everywhere, in the app, the
// exports and the command line, and Dutch text addresses the reader as "u". The catalogues are
// the only place words are written (test/lint/one-text-mechanism.test.ts), so they are checked
// here, whole, in both languages, by rendering every message.
import { CATALOGUES } from '../../shared/i18n/catalogues';
import type { Lang } from '../../shared/i18n/languages';

/** Every string a catalogue holds or a message makes (called with sample arguments). */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (typeof node === 'function') {
    // Messages take strings and numbers; a few take a list or a code. Try the common shapes.
    const samples: unknown[][] = [['x', 'y', 'z', 'w', 'v', 'u'], [1, 2, 3, 4, 5, 6], [['a', 'b']]];
    for (const args of samples) {
      try {
        const result = (node as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string') out.push(result);
      } catch {
        // A message that needs other arguments: its fixed words are also in its source.
      }
    }
    out.push(String(node));
  } else if (Array.isArray(node)) node.forEach((item) => texts(item, out));
  else if (node !== null && typeof node === 'object') Object.values(node).forEach((item) => texts(item, out));
  return out;
}

/** Words that name something the glossary names otherwise, with the glossary's word. */
const NOT_USED: Record<'nl' | 'en', [RegExp, string][]> = {
  nl: [
    [/collectieve voorziening/i, 'algemene voorziening'],
    [/individuele voorziening/i, 'maatwerkvoorziening'],
    [/Wijziging kosten per cliënt|tariefmaatregel/i, 'tariefwijziging'],
    [/volumemaatregel/i, 'volumewijziging'],
    [/kosten per cliënt/i, 'prijs per cliënt'],
    [/Zonder organisatie/, '(geen organisatie)'],
    [/\b(je|jij|jou|jouw|jullie)\b/i, 'u / uw (formeel)'],
    [/eenmalige besparing/i, 'incidentele besparing'],
    [/incidentele kosten/i, 'eenmalige kosten'],
    [/afbouwbijdrage/i, 'afbouwregeling'],
    [/terugverdientijd/i, 'terugverdienjaar'],
  ],
  en: [
    [/unit cost change|tariff measure/i, 'tariff change'],
    [/volume measure/i, 'volume change'],
    [/price per client/i, 'cost per client'],
    [/\bNo organisation\b/, '(no organisation)'],
    [/task field/i, 'taakveld'],
    [/friction costs/i, 'frictional costs'],
    [/payback period/i, 'payback year'],
  ],
};

describe('one glossary', () => {
  it('finds a word the glossary does not use (the check can fail)', () => {
    const found = texts({ a: 'Een collectieve voorziening', b: (n: string) => `Heb je ${n}?` }).filter((t) =>
      NOT_USED.nl.some(([word]) => word.test(t)),
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
    it(`the ${lang} catalogue uses the glossary's words only`, () => {
      const found: string[] = [];
      for (const text of texts(CATALOGUES[lang])) {
        for (const [word, instead] of NOT_USED[lang]) if (word.test(text)) found.push(`${text.slice(0, 90)} → ${instead}`);
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }

  it('every line kind has one name per use, the same in the screen, the exports and the sentences', () => {
    for (const lang of ['nl', 'en'] as const) {
      const c = CATALOGUES[lang];
      expect(c.report.kinds).toBe(c.glossary.lineKind);
      expect(c.partner.kinds).toBe(c.glossary.lineKindHeading);
      expect(c.partner.none).toBe(c.glossary.none);
      expect(c.report.noOrganisation).toBe(c.glossary.none.organisation);
      for (const kind of ['subsidy', 'individual', 'collective', 'other'] as const) {
        expect(c.differences.lineKind(kind)).toBe(c.glossary.lineKindInText[kind]);
      }
    }
  });
});
