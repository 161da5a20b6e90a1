// Writing files: stable order, two-space indentation, final newline, and a lossless round trip.
import fc from 'fast-check';
import { parseScenario, parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { example, scenarioArb } from './support';

function parsed(text: string): Scenario {
  const result = parseScenarioText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

const keysOf = (value: unknown): string[] => Object.keys(value as object);

describe('serializeScenario', () => {
  test('the worked example round-trips', () => {
    const s = parsed(JSON.stringify(example()));
    expect(parsed(serializeScenario(s))).toEqual(s);
  });

  test('the exact text of a small scenario: field order, indentation, final newline', () => {
    const s = {
      lines: [{ notes: 'n', amount: 10, kind: 'subsidy', name: 'Bieb', id: 'bieb', group: 'G' }],
      target: { '2026': 5, '2025': 1 },
      horizon: { to: 2026, from: 2025 },
      baseYear: 2025,
      title: 'T',
      version: 2,
      format: 'vitale-coalitie-scenario',
      measures: [{ rate: 0.1, type: 'cut', groups: ['G'], name: 'K', id: 'k', enabled: false }],
    } as Scenario;
    expect(serializeScenario(s)).toBe(
      [
        '{',
        '  "format": "vitale-coalitie-scenario",',
        '  "version": 2,',
        '  "title": "T",',
        '  "baseYear": 2025,',
        '  "horizon": {',
        '    "from": 2025,',
        '    "to": 2026',
        '  },',
        '  "lines": [',
        '    {',
        '      "id": "bieb",',
        '      "name": "Bieb",',
        '      "kind": "subsidy",',
        '      "amount": 10,',
        '      "group": "G",',
        '      "notes": "n"',
        '    }',
        '  ],',
        '  "measures": [',
        '    {',
        '      "id": "k",',
        '      "name": "K",',
        '      "type": "cut",',
        '      "enabled": false,',
        '      "groups": [',
        '        "G"',
        '      ],',
        '      "rate": 0.1',
        '    }',
        '  ],',
        '  "target": {',
        '    "2025": 1,',
        '    "2026": 5',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('the spec order of top-level fields, line fields and each measure type', () => {
    const s = parsed(JSON.stringify({
      ...example(),
      updatedAt: '2025-01-02T00:00:00Z',
      createdAt: '2025-01-01T00:00:00Z',
      description: 'd',
      author: 'a',
    }));
    const out = JSON.parse(serializeScenario(s));
    expect(keysOf(out)).toEqual([
      'format', 'version', 'title', 'municipality', 'author', 'description', 'createdAt', 'updatedAt',
      'baseYear', 'horizon', 'indexation', 'lines', 'measures', 'target',
    ]);
    expect(keysOf(out.indexation)).toEqual(['wage', 'price']);
    expect(keysOf(out.lines[2])).toEqual(['id', 'name', 'kind', 'volume', 'unitCost', 'taakveld', 'wageShare', 'volumeGrowth']);
    expect(keysOf(out.measures[0])).toEqual(['id', 'name', 'type', 'groups', 'phaseIn', 'rate']);
    expect(keysOf(out.measures[1])).toEqual(['id', 'name', 'type', 'from', 'to', 'share']);
    expect(keysOf(out.measures[2])).toEqual(['id', 'name', 'type', 'amounts']);
  });

  test('measures: common fields (id, name, type, enabled, notes, uncertainty) first, then the type\'s own, as the spec lists them', () => {
    const all = {
      cut: { amount: 5, rate: undefined, phaseIn: { '2021': 1 }, groups: ['g'], lines: ['a'] },
      volumeChange: { phaseIn: { '2021': 1 }, rate: 0.1, groups: ['g'], lines: ['a'] },
      unitCostChange: { phaseIn: { '2021': 1 }, rate: 0.1, groups: ['g'], lines: ['a'] },
      shift: { ratio: 2, share: { '2021': 0.1 }, to: 'b', from: 'a' },
      fixed: { continues: true, amounts: { '2021': 1 } },
    };
    const expected = {
      cut: ['lines', 'groups', 'phaseIn', 'amount'],
      volumeChange: ['lines', 'groups', 'rate', 'phaseIn'],
      unitCostChange: ['lines', 'groups', 'rate', 'phaseIn'],
      shift: ['from', 'to', 'share', 'ratio'],
      fixed: ['amounts', 'continues'],
    };
    for (const [type, fields] of Object.entries(all)) {
      const m = { ...fields, uncertainty: { high: 2, low: 0.5 }, notes: 'n', enabled: true, type, name: 'N', id: 'm' };
      const s = { ...example(), measures: [m] } as Scenario;
      const out = JSON.parse(serializeScenario(s));
      expect(keysOf(out.measures[0])).toEqual(['id', 'name', 'type', 'enabled', 'notes', 'uncertainty', ...expected[type as keyof typeof expected]]);
      expect(keysOf(out.measures[0].uncertainty)).toEqual(['low', 'high']);
    }
  });

  test('YearTable keys in ascending year order', () => {
    const out = serializeScenario(parsed(exampleWithYearsOutOfOrder()));
    expect(out.indexOf('"2023": 2000000')).toBeGreaterThan(out.indexOf('"2020": 500000'));
    const reparsed = JSON.parse(out);
    for (const table of [reparsed.target, reparsed.measures[0].phaseIn, reparsed.measures[1].share, reparsed.indexation.wage]) {
      const years = keysOf(table);
      expect(years).toEqual([...years].sort());
    }
  });

  test('round trip of generated scenarios: parse(serialize(s)) deep-equals s; serializing again gives the same text', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const accepted = parseScenario(s);
        if (!accepted.ok) throw new Error(`generator made an invalid scenario: ${JSON.stringify(accepted.problems)}`);
        const text = serializeScenario(s);
        expect(text.endsWith('}\n')).toBe(true);
        const back = parsed(text);
        expect(back).toEqual(s);
        expect(serializeScenario(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

function exampleWithYearsOutOfOrder(): string {
  // In the text the years are listed backwards; the file still says the same.
  return JSON.stringify(example()).replace(
    '"target":{"2020":500000,"2021":1000000,"2022":1500000,"2023":2000000}',
    '"target":{"2023":2000000,"2022":1500000,"2021":1000000,"2020":500000}',
  );
}
