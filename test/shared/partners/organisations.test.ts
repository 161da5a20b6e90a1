// The partners as the editor and the letters see them: names from the lines, the list made from
// them, a rename that keeps every line's reference, and which measures touch a partner.
import { produce } from 'immer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { linesOfOrganisation, measuresTouching, organisationsFromLines, organisationsOnLines, partnersOf, renameOrganisation } from '../../../shared/partners/organisations';
import { parseScenario } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';

const sample = (): Scenario =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../scenarios/stichtse-vecht-vitale-coalitie.vcscenario.json'), 'utf8')) as Scenario;
const v2 = (): Scenario => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8')) as Scenario;

it('lists the organisations the lines name, once each, in line order; a list made from them is valid', () => {
  const s = sample();
  expect(organisationsOnLines(s.lines)).toEqual(['Bibliotheek Angstel, Vecht en Venen', 'Welzijn Stichtse Vecht', 'Kwadraad maatschappelijk werk', 'Jeugd-Punt', 'Handjehelpen']);
  expect(partnersOf(s).map((o) => o.name)).toEqual(organisationsOnLines(s.lines));
  const list = organisationsFromLines(s);
  expect(list).toEqual(organisationsOnLines(s.lines).map((name) => ({ name })));
  expect(parseScenario({ ...s, version: 2, organisations: list }).ok).toBe(true);
});

it('keeps a list as it is and adds only what it lacks', () => {
  const s = v2();
  expect(organisationsFromLines(s)).toEqual(s.organisations);
  const lacking = { ...s, organisations: [s.organisations![1]!] };
  expect(organisationsFromLines(lacking).map((o) => o.name)).toEqual(['Bibliotheek Rivierenland', 'Stichting Jeugdpunt']);
  expect(partnersOf(s)).toBe(s.organisations);
});

it('renames a partner in the list and on every line that names it', () => {
  const s = v2();
  const next = produce(s, (d) => renameOrganisation(d, 'Bibliotheek Rivierenland', 'Bibliotheek Rivierenland-Oost'));
  expect(next.organisations!.map((o) => o.name)).toEqual(['Stichting Jeugdpunt', 'Bibliotheek Rivierenland-Oost']);
  expect(next.organisations![1]!.contact).toBe('directie@bibliotheek.example');
  expect(linesOfOrganisation(next.lines, 'Bibliotheek Rivierenland-Oost').map((l) => l.id)).toEqual(['bibliotheek']);
  expect(parseScenario(next).ok).toBe(true);
  // A name not in the list changes nothing.
  expect(produce(s, (d) => renameOrganisation(d, 'Onbekend', 'X'))).toBe(s);
});

it('finds the measures that work on a partner’s lines: by line, by group, a shift’s two lines', () => {
  const s = sample();
  expect(measuresTouching(s, 'Jeugd-Punt').map((m) => m.id)).toEqual(['korting-jeugd-punt', 'korting-20-procent']);
  expect(measuresTouching(s, 'Handjehelpen').map((m) => m.id)).toEqual(['korting-20-procent']);
  expect(measuresTouching(s, 'Onbekend')).toEqual([]);
  const shift: Scenario = {
    ...s,
    lines: [...s.lines, { id: 'a', name: 'A', kind: 'individual', volume: 10, unitCost: 100, organisation: 'Zorg' }, { id: 'b', name: 'B', kind: 'collective', volume: 1, unitCost: 50 }],
    measures: [{ id: 'schuif', name: 'Schuif', type: 'shift', from: 'a', to: 'b', share: { 2022: 0.5 } }],
  };
  expect(measuresTouching(shift, 'Zorg').map((m) => m.id)).toEqual(['schuif']);
});
