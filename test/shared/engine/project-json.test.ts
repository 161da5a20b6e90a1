// toProjectJson(): the `vcp project --json` shape beyond the worked example.
import { project } from '../../../shared/engine/project';
import { toProjectJson } from '../../../shared/engine/project-json';
import { amountLine, scenario } from './support';

describe('toProjectJson', () => {
  test('no target in the file: no target key; disabled measures left out', () => {
    const s = scenario([amountLine('a', 1_000)], [
      { id: 'on', name: 'on', type: 'cut', lines: ['a'], rate: 0.1 },
      { id: 'off', name: 'off', type: 'cut', lines: ['a'], rate: 0.1, enabled: false },
    ]);
    const json = toProjectJson(s, project(s));
    expect(Object.keys(json)).toEqual(['title', 'years', 'baseline', 'scenario', 'savings', 'paybackYear', 'pm', 'warnings']);
    expect(json.savings.measures).toEqual({ on: [100] });
  });

  test('target before its first year: null amount and gap', () => {
    const s = scenario([amountLine('a', 1_000)], [], { target: { '2021': 10 } }, 2);
    expect(toProjectJson(s, project(s)).target).toEqual({ amount: [null, 10], gap: [null, 10], met: [null, false], structuralGap: [null, 10] });
    expect(JSON.stringify(toProjectJson(s, project(s)).target)).toBe('{"amount":[null,10],"gap":[null,10],"met":[null,false],"structuralGap":[null,10]}');
  });

  test('no measures: an empty measures object', () => {
    const s = scenario([amountLine('a', 1_000)]);
    expect(toProjectJson(s, project(s)).savings).toEqual({
      total: [0],
      cumulative: [0],
      measures: {},
      structural: [0],
      incidental: [0],
      oneOffCosts: [0],
      net: [0],
      netCumulative: [0],
      riskWeighted: [0],
      realised: [null],
    });
  });

  test('the output shares no arrays with the projection', () => {
    const s = scenario([amountLine('a', 1_000)]);
    const p = project(s);
    const json = toProjectJson(s, p);
    json.baseline.total[0] = 0;
    expect(p.baseline.total[0]).toBe(1_000);
  });
});
