import { parseScenario } from '../../shared/scenario/parse';
import { newScenario } from '../../shared/scenario/new-scenario';
import { project } from '../../shared/engine/project';

describe('newScenario', () => {
  it.each([2026, 2000, 2100, 1990] as const)('is valid for year %d and saves nothing', (year) => {
    const s = newScenario(year, 'nl', new Date('2026-11-26T10:00:00Z'));
    expect(parseScenario(s)).toMatchObject({ ok: true });
    const p = project(s);
    expect(p.years).toHaveLength(4);
    expect(p.savings.total.every((v) => v === 0)).toBe(true);
  });
  it('speaks the chosen language', () => {
    expect(newScenario(2026, 'en').title).toBe('New scenario');
    expect(newScenario(2026, 'nl').title).toBe('Nieuw scenario');
  });
});
