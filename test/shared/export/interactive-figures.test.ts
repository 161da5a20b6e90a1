// What the interactive page computes is the engine's projection: at the saved positions exactly
// project(scenario) (what `vcp project` prints), a slider at p % exactly project() with strength
// p / 100 for that measure, a switch exactly the measure's `enabled` (#22).
import { project } from '../../../shared/engine/project';
import { changedMeasures, pageFigures, projectAt, savedPositions, scenarioAt, type Position } from '../../../shared/export/interactive-figures';
import { pageData } from '../../../shared/export/interactive-page';
import { buildSummary } from '../../../shared/export/summary';
import { generateLargeScenario } from '../../../shared/scenario/generate-large';
import type { Scenario } from '../../../shared/scenario/schema';
import { loadScenario, NAMES, SCENARIO_FILES } from './fixtures';

const SCENARIOS: [string, Scenario][] = [...NAMES.map((n): [string, Scenario] => [n, loadScenario(SCENARIO_FILES[n] as string)]), ['large', generateLargeScenario()]];

const moved = (scenario: Scenario, id: string, p: Partial<Position>) => {
  const positions = savedPositions(scenario);
  positions.set(id, { ...(positions.get(id) as Position), ...p });
  return positions;
};

describe.each(SCENARIOS)('%s', (_name, scenario) => {
  const measures = scenario.measures ?? [];

  it('at the saved positions is project(scenario), the same scenario object', () => {
    const at = projectAt(scenario, savedPositions(scenario));
    expect(at.scenario).toBe(scenario);
    expect(at.projection).toEqual(project(scenario));
    expect(changedMeasures(scenario, savedPositions(scenario))).toEqual([]);
  });

  it('with a slider moved is project() with that strength', () => {
    for (const m of measures.slice(0, 4)) {
      for (const percent of [0, 35, 150, 200]) {
        const positions = moved(scenario, m.id, { percent });
        expect(projectAt(scenario, positions).projection).toEqual(project(scenario, { strength: new Map([[m.id, percent / 100]]) }));
        expect(changedMeasures(scenario, positions)).toEqual([m.id]);
      }
    }
  });

  it('with a switch turned is project() of the measure switched', () => {
    for (const m of measures.slice(0, 4)) {
      const on = m.enabled === false;
      const positions = moved(scenario, m.id, { on, percent: 80 });
      const switched = { ...scenario, measures: measures.map((x) => (x.id === m.id ? { ...x, enabled: on } : x)) };
      const at = scenarioAt(scenario, positions);
      expect(at.scenario.measures).toEqual(switched.measures);
      expect(projectAt(scenario, positions).projection).toEqual(project(switched, { strength: new Map([[m.id, 0.8]]) }));
    }
  });

  it('summarises as every export does', () => {
    const data = pageData(scenario, { lang: 'en', unit: 'euro', date: '2026-05-01' });
    const figures = pageFigures(data, savedPositions(scenario), 'en');
    expect(figures.summary).toEqual(buildSummary(scenario, project(scenario), { lang: 'en', unit: 'euro', date: '2026-05-01' }));
  });
});
