// shared/scenario/generate-large.ts: deterministic, valid under the spec, a realistic mix.
import { project } from '../../../shared/engine/project';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import { parseScenarioText } from '../../../shared/scenario/parse';

describe('generateLargeScenario', () => {
  const large = generateLargeScenario();

  test('defaults: 300 lines, 60 measures, 30 years (to − from = 29)', () => {
    expect(large.lines).toHaveLength(300);
    expect(large.measures).toHaveLength(60);
    expect(large.horizon.to - large.horizon.from).toBe(29);
  });

  test('deterministic per seed; another seed gives another scenario', () => {
    expect(generateLargeScenario()).toEqual(large);
    expect(JSON.stringify(generateLargeScenario({ seed: 2 }))).not.toBe(JSON.stringify(large));
  });

  test.each([
    ['defaults', {}],
    ['another seed', { seed: 7 }],
    ['one line', { lines: 1, measures: 12 }],
    ['one year', { lines: 5, measures: 20, years: 1 }],
    ['31 years (the longest horizon)', { years: 31 }],
    ['no measures', { measures: 0 }],
    ['large', { lines: 1000, measures: 150 }],
  ])('valid under the spec (schema and semantics): %s', (_, opts) => {
    const result = parseScenarioText(JSON.stringify(generateLargeScenario(opts)));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('a realistic mix: both line forms, groups, organisations, taakvelden, every measure type, phase-ins, indexation, a target', () => {
    const volume = large.lines.filter((l) => l.volume !== undefined).length;
    expect(volume).toBeGreaterThan(60);
    expect(large.lines.length - volume).toBeGreaterThan(60);
    expect(new Set(large.lines.map((l) => l.kind))).toEqual(new Set(['subsidy', 'individual', 'collective', 'other']));
    expect(new Set(large.lines.map((l) => l.group)).size).toBeGreaterThan(4);
    expect(large.lines.some((l) => l.group === undefined)).toBe(true);
    expect(new Set(large.lines.map((l) => l.organisation)).size).toBeGreaterThan(5);
    expect(new Set(large.lines.map((l) => l.taakveld)).size).toBeGreaterThan(5);
    const measures = large.measures ?? [];
    expect(new Set(measures.map((m) => m.type))).toEqual(new Set(['cut', 'volumeChange', 'unitCostChange', 'shift', 'fixed']));
    expect(measures.some((m) => m.type === 'cut' && m.amount !== undefined)).toBe(true);
    expect(measures.some((m) => m.type === 'cut' && (m.rate ?? 0) < 0)).toBe(true);
    expect(measures.some((m) => m.type === 'fixed' && m.continues)).toBe(true);
    expect(measures.some((m) => 'phaseIn' in m && m.phaseIn !== undefined)).toBe(true);
    expect(measures.some((m) => m.enabled === false)).toBe(true);
    expect(measures.some((m) => m.uncertainty !== undefined)).toBe(true);
    expect(Object.keys(large.indexation?.wage ?? {}).length).toBeGreaterThan(20);
    expect(Object.keys(large.target ?? {}).length).toBeGreaterThan(5);
  });

  test('projects, with savings in every year and effects adding up', () => {
    const p = project(large);
    expect(p.years).toHaveLength(30);
    p.years.forEach((_, yi) => {
      expect(p.measures.reduce((a, m) => a + (m.effect[yi] as number), 0)).toBe(p.savings.total[yi]);
    });
    expect(p.savings.total.some((x) => x !== 0)).toBe(true);
  });

  test('refuses an impossible size', () => {
    expect(() => generateLargeScenario({ years: 32 })).toThrow(RangeError);
    expect(() => generateLargeScenario({ lines: 0 })).toThrow(RangeError);
  });

  test('version 2: one-off costs on every third measure (20 of 60), and they reach the projection', () => {
    const withCosts = (large.measures ?? []).filter((m) => m.oneOffCosts !== undefined);
    expect(withCosts).toHaveLength(20);
    const p = project(large);
    expect(p.savings.oneOffCosts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(p.savings.net).toEqual(p.savings.total.map((s, yi) => s - p.savings.oneOffCosts[yi]!));
  });
});
