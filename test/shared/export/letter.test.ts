// The letter to a partner (#21 item 3): its figures are the projection's per-organisation
// breakdown to the euro (test/fixtures/voorbeeld-v2.json), it says from when, the notice period
// and any phase-out payment, in Dutch and English; Markdown, the print HTML and the Word file
// (read back here: a ZIP of well-formed parts) carry the same words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { project } from '../../../shared/engine/project';
import { buildLetter, letterDocx, letterFileName, letterHtml, letterMarkdown, letterText } from '../../../shared/export/letter';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';

function example(): Scenario {
  const parsed = parseScenarioText(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8'));
  if (!parsed.ok) throw new Error('voorbeeld-v2.json is invalid');
  return parsed.value;
}
const DATE = '2024-03-05';
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2060]/g, (c) => (c === '\u2060' ? '' : ' '));

/** The entries of a stored ZIP, read from its local headers, each CRC checked. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    expect(view.getUint16(at + 8, true)).toBe(0); // stored
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const data = bytes.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    expect(crc32(data)).toBe(crc);
    out.set(name, new TextDecoder().decode(data));
    at += 30 + nameLength + extra + size;
  }
  // Then the central directory and its end record, which names as many entries.
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  expect(view.getUint16(end + 10, true)).toBe(out.size);
  expect(view.getUint32(end + 16, true)).toBe(at);
  return out;
}

describe('the letter’s figures', () => {
  const s = example();
  const p = project(s);

  it('Bibliotheek Rivierenland: the breakdown row to the euro, the cut from 2025, long-standing, the afbouw', () => {
    const letter = buildLetter(s, p, 'Bibliotheek Rivierenland', { lang: 'nl', date: DATE })!;
    expect(letter.years).toEqual([
      { year: 2024, before: 400000, after: 400000, cut: 0, share: 0 },
      { year: 2025, before: 400000, after: 360000, cut: 40000, share: 0.1 },
      { year: 2026, before: 408000, after: 367200, cut: 40800, share: 0.1 },
      { year: 2027, before: 408000, after: 367200, cut: 40800, share: 0.1 },
    ]);
    expect(letter.total).toEqual({ before: 1616000, after: 1494400, cut: 121600, share: 121600 / 1616000 });
    expect(letter.firstCutYear).toBe(2025);
    expect(letter.notice).toEqual({ months: 12, since: 2010, longStanding: true, earliestYear: 2026 });
    expect(letter.afbouw).toEqual([{ year: 2025, amount: 20000 }]);
    expect(letter.contact).toBe('directie@bibliotheek.example');
    expect(letter.decisionDate).toBe('2024-07-01');
    expect(letter.measures.map((m) => m.id)).toEqual(['korting-bieb']);
    expect(letter.pmLines).toEqual([]);
  });

  it('names the partner’s PM lines, which count as € 0', () => {
    const withPm: Scenario = { ...s, lines: s.lines.map((l) => (l.id === 'wijkteam' ? { ...l, organisation: 'Stichting Jeugdpunt' } : l)) };
    const letter = buildLetter(withPm, project(withPm), 'Stichting Jeugdpunt', { lang: 'nl', date: DATE })!;
    expect(letter.pmLines).toEqual(['Uitbreiding wijkteam']);
    expect(plain(letterMarkdown(letter))).toContain('Nog niet in euro’s (PM): „Uitbreiding wijkteam”. Dit bedrag is nog niet bekend en telt hierboven als € 0.');
  });

  it('every partner’s years are its breakdown row, whatever the partner', () => {
    for (const partner of s.organisations!) {
      const letter = buildLetter(s, p, partner.name, { lang: 'en', date: DATE })!;
      const row = p.breakdown.organisation.find((r) => r.key === partner.name)!;
      expect(letter.years.map((y) => y.before)).toEqual(row.baseline);
      expect(letter.years.map((y) => y.after)).toEqual(row.scenario);
      expect(letter.years.map((y) => y.cut)).toEqual(row.baseline.map((b, i) => b - row.scenario[i]!));
    }
  });

  it('Stichting Jeugdpunt: not yet long-standing, no notice year, the cut from 2026, no budget in 2024', () => {
    const letter = buildLetter(s, p, 'Stichting Jeugdpunt', { lang: 'nl', date: DATE })!;
    expect(letter.notice).toEqual({ months: 12, since: 2023, longStanding: false, earliestYear: null });
    expect(letter.firstCutYear).toBe(2026);
    expect(letter.years[0]).toEqual({ year: 2024, before: 0, after: 0, cut: 0, share: null });
    expect(letter.afbouw).toEqual([]);
    const text = letterText(letter);
    expect(text.blocks.some((b) => b.kind === 'paragraph' && b.emphasis)).toBe(false);
  });

  it('no such partner: no letter; without a list, the organisations the lines name, with the default notice', () => {
    expect(buildLetter(s, p, 'Onbekend', { lang: 'nl', date: DATE })).toBeNull();
    const { organisations: _list, ...withoutList } = s;
    const free = withoutList as Scenario;
    const letter = buildLetter(free, project(free), 'Bibliotheek Rivierenland', { lang: 'nl', date: DATE })!;
    expect(letter.notice).toEqual({ months: 12, since: null, longStanding: false, earliestYear: null });
    expect(letter.years.map((y) => y.after)).toEqual([400000, 360000, 367200, 367200]);
  });

  it('a switched-off measure does not touch the partner; a PM measure is named as PM', () => {
    const changed: Scenario = {
      ...s,
      measures: [
        { ...s.measures![0]!, enabled: false },
        ...s.measures!.slice(1),
        { id: 'pm-bieb', name: 'Herziening bibliotheekwerk', type: 'cut', lines: ['bibliotheek'], pm: true },
      ],
    };
    const letter = buildLetter(changed, project(changed), 'Bibliotheek Rivierenland', { lang: 'nl', date: DATE })!;
    expect(letter.measures).toEqual([{ id: 'pm-bieb', name: 'Herziening bibliotheekwerk', pm: true, description: '' }]);
    expect(letter.firstCutYear).toBeNull();
    expect(letter.afbouw).toEqual([]);
    expect(letterMarkdown(letter)).toContain('Herziening bibliotheekwerk: PM, de omvang is nog niet bekend');
    expect(letterMarkdown(letter)).toContain('Dit scenario verandert uw budget niet.');
  });
});

describe('the letter’s text and files', () => {
  const s = example();
  const p = project(s);
  const nl = buildLetter(s, p, 'Bibliotheek Rivierenland', { lang: 'nl', date: DATE })!;
  const en = buildLetter(s, p, 'Bibliotheek Rivierenland', { lang: 'en', date: DATE })!;

  it('Markdown in formal Dutch: the table, from when, the notice period, the early start, the afbouw, the contact', () => {
    const md = plain(letterMarkdown(nl));
    expect(md).toContain('**Gemeente Voorbeeldgemeente**');
    expect(md).toContain('t.a.v. directie@bibliotheek.example');
    expect(md).toContain('Datum: 5 maart 2024');
    expect(md).toContain('Geachte heer, mevrouw,');
    expect(md).toContain('- 10 % korting bibliotheek: 10% korting op Bibliotheek, vanaf 2025');
    expect(md).toContain('| 2025 | € 400.000 | € 360.000 | € 40.000 | 10,0% |');
    expect(md).toContain('| 2026 | € 408.000 | € 367.200 | € 40.800 | 10,0% |');
    expect(md).toContain('| **Totaal** | **€ 1.616.000** | **€ 1.494.400** | **€ 121.600** | **7,5%** |');
    expect(md).toContain('De korting gaat in op 1 januari 2025.');
    expect(md).toContain('opzegtermijn aan van 12 maanden: met een besluit op 1 juli 2024 kan een korting op zijn vroegst ingaan op 1 januari 2026.');
    expect(md).toContain('**Let op: in dit scenario gaat de korting al in 2025 in, vóór het einde van de opzegtermijn op 1 januari 2026.**');
    expect(md).toContain('In het scenario is een afbouwregeling opgenomen: € 20.000 in 2025.');
    expect(md).toMatch(/\bu\b|\buw\b/);
    expect(md).not.toMatch(/\b(je|jij|jouw|jullie)\b/i);
  });

  it('English with the same figures', () => {
    const md = plain(letterMarkdown(en));
    expect(md).toContain('Dear Sir or Madam,');
    expect(md).toContain('| 2027 | €408,000 | €367,200 | €40,800 | 10.0% |');
    expect(md).toContain('The cut takes effect on 1 January 2025.');
    expect(md).toContain('The scenario includes a phase-out payment: €20,000 in 2025.');
  });

  it('the print HTML: self-contained, no script, the same rows', () => {
    const html = plain(letterHtml(nl));
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('<tr><th scope="row">2025</th><td>€ 400.000</td><td>€ 360.000</td><td>€ 40.000</td><td>10,0%</td></tr>');
    // A name with markup is text, never markup.
    const odd = buildLetter({ ...s, municipality: '<b>Stad</b>' }, p, 'Bibliotheek Rivierenland', { lang: 'nl', date: DATE })!;
    expect(letterHtml(odd)).toContain('Gemeente &lt;b&gt;Stad&lt;/b&gt;');
  });

  it('the Word file: a ZIP of the parts Word needs, well-formed, with the same words and figures', () => {
    const parts = unzip(letterDocx(nl));
    expect([...parts.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'docProps/core.xml']);
    const doc = plain(parts.get('word/document.xml')!);
    for (const text of ['Gemeente Voorbeeldgemeente', 'Geachte heer, mevrouw,', '€ 360.000', '€ 40.800', '7,5%', 'De korting gaat in op 1 januari 2025.', 'Met vriendelijke groet,']) {
      expect(doc).toContain(text);
    }
    for (const [name, xml] of parts) {
      // Well-formed enough for Word: every element closed in order.
      const stack: string[] = [];
      for (const tag of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
        if (tag[3] === '/') continue;
        if (tag[1] === '/') expect(`${name}: ${stack.pop()}`).toBe(`${name}: ${tag[2]}`);
        else stack.push(tag[2]!);
      }
      expect(stack).toEqual([]);
    }
    expect(parts.get('word/styles.xml')).toContain('w:val="nl-NL"');
    // The same letter gives the same bytes.
    expect(letterDocx(nl)).toEqual(letterDocx(nl));
  });

  it('file names every file system takes', () => {
    expect(letterFileName(nl, 'pdf')).toBe('Brief Bibliotheek Rivierenland.pdf');
    expect(letterFileName(en, 'docx')).toBe('Letter Bibliotheek Rivierenland.docx');
    expect(letterFileName({ lang: 'nl', organisation: 'Stichting A/B: "C"' }, 'md')).toBe('Brief Stichting A B C.md');
  });
});
