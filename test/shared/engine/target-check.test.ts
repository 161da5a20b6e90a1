// The target is met only when every year with a target is met (#20): a scenario that reaches
// the target in its last year but falls short in an earlier one is short, and says where.
import { project } from '../../../shared/engine/project';
import { targetCheck } from '../../../shared/engine/target-check';
import { toProjectJson } from '../../../shared/engine/project-json';
import { stichtseVecht } from '../compare/support';

describe('targetCheck', () => {
  const base = stichtseVecht();
  // The sample meets its target of € 165.000 from 2022 on; savings are € 165.000 a year.
  it('met in every year: met, with the years checked and the surplus in the last', () => {
    const p = project(base);
    expect(p.target?.met).toEqual([null, true, true, true, true]);
    expect(targetCheck(p)).toEqual({ status: 'met', from: 2022, to: 2025, surplus: 0 });
  });

  it('short in 2023 only (the last year met): short, naming 2023 and its shortfall', () => {
    const p = project({ ...base, target: { '2022': 165_000, '2023': 195_000, '2024': 165_000 } });
    expect(p.target?.met).toEqual([null, true, false, true, true]);
    const check = targetCheck(p);
    expect(check).toEqual({ status: 'short', from: 2022, to: 2025, short: [{ year: 2023, gap: 30_000 }], largest: { year: 2023, gap: 30_000 } });
  });

  it('several short years: all listed in order, the largest named', () => {
    const p = project({ ...base, target: { '2022': 175_000, '2023': 205_000, '2024': 165_000 } });
    const check = targetCheck(p);
    expect(check.status).toBe('short');
    if (check.status === 'short') {
      expect(check.short).toEqual([{ year: 2022, gap: 10_000 }, { year: 2023, gap: 40_000 }]);
      expect(check.largest).toEqual({ year: 2023, gap: 40_000 });
    }
  });

  it('no target, or one after the horizon: none', () => {
    const { target: _t, ...none } = base;
    expect(targetCheck(project(none)).status).toBe('none');
    expect(targetCheck(project({ ...base, target: { '2030': 1 } })).status).toBe('none');
  });

  it('vcp project --json carries target.met', () => {
    const json = toProjectJson(base, project(base));
    expect(json.target?.met).toEqual([null, true, true, true, true]);
  });
});
