// The rows version 2 adds to a year table (shared/budget/rows, the exports' figures as rows) and
// the structural check of the target (shared/budget/structural), on the worked example of
// docs/scenario-format.md ("Version 2, exactly"): the engine's own figures in euros, and in
// thousands figures that add up with the year table's; none for a scenario without incidental
// measures or one-off costs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { budgetRows, hasBudgetContent } from '../../../shared/budget/rows';
import { structuralCheck } from '../../../shared/budget/structural';
import { project } from '../../../shared/engine/project';
import { yearRows } from '../../../shared/format/year-rows';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';

function load(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(path.resolve(__dirname, '../../fixtures', file), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}
const example = () => load('voorbeeld-v2.json');
const values = (rows: ReturnType<typeof budgetRows>) => Object.fromEntries(rows.map((r) => [r.kind, r.values]));

describe('budgetRows', () => {
  it('in euros: the worked example as the document prints it', () => {
    const s = example();
    const p = project(s);
    expect(hasBudgetContent(p)).toEqual({ incidental: true, oneOff: true });
    expect(values(budgetRows(s, p, 'euro'))).toEqual({
      structural: [0, 40_000, 142_800, 117_300],
      incidental: [0, 50_000, 0, 0],
      structuralGap: [null, 40_000, -62_800, -37_300],
      oneOffCosts: [60_000, 20_000, 20_001, 0],
      net: [-60_000, 70_000, 122_799, 117_300],
      netCumulative: [-60_000, 10_000, 132_799, 250_099],
    });
    expect(budgetRows(s, p, 'euro').map((r) => r.kind)).toEqual(['structural', 'incidental', 'structuralGap', 'oneOffCosts', 'net', 'netCumulative']);
  });

  it('in thousands: structural + incidental = the year table’s savings, net = savings − one-off costs, structural gap = target − structural', () => {
    const s = example();
    const p = project(s);
    const rows = yearRows(p, 'thousand');
    const v = values(budgetRows(s, p, 'thousand', rows));
    const savings = rows.find((r) => r.kind === 'savings')!.values as number[];
    const target = rows.find((r) => r.kind === 'target')!.values;
    p.years.forEach((_, i) => {
      expect(v.structural![i]! + v.incidental![i]!).toBe(savings[i]);
      expect(savings[i]! - v.oneOffCosts![i]!).toBe(v.net![i]);
      expect(v.structuralGap![i]).toBe(target[i] === null ? null : target[i]! - v.structural![i]!);
    });
    // 20.001 is 20 thousand; 132.799 rounds on its own to 133 thousand.
    expect(v.oneOffCosts).toEqual([60_000, 20_000, 20_000, 0]);
    expect(v.netCumulative).toEqual([-60_000, 10_000, 133_000, 250_000]);
  });

  it('none for a scenario without incidental measures or one-off costs; only the part a scenario uses', () => {
    const s = example();
    s.measures = s.measures!.filter((m) => m.type !== 'fixed').map((m) => ({ ...m, oneOffCosts: undefined }));
    expect(budgetRows(s, project(s), 'euro')).toEqual([]);
    const withCosts = example();
    withCosts.measures = withCosts.measures!.filter((m) => m.type !== 'fixed');
    expect(budgetRows(withCosts, project(withCosts), 'euro').map((r) => r.kind)).toEqual(['oneOffCosts', 'net', 'netCumulative']);
  });
});

describe('structuralCheck', () => {
  it('the worked example: met in 2025–2027, structurally only from 2026', () => {
    const { check, metFrom } = structuralCheck(project(example()));
    expect(check).toMatchObject({ status: 'short', from: 2025, to: 2027, short: [{ year: 2025, gap: 40_000 }] });
    expect(metFrom).toBe(2026);
  });

  it('short in the last year: no "from"; met everywhere: met; no target: none', () => {
    const late = example();
    late.target = { '2025': 80_000, '2027': 200_000 };
    expect(structuralCheck(project(late))).toMatchObject({ check: { status: 'short' }, metFrom: null });
    const low = example();
    low.target = { '2026': 100_000 };
    expect(structuralCheck(project(low))).toMatchObject({ check: { status: 'met' }, metFrom: null });
    const none = example();
    delete none.target;
    expect(structuralCheck(project(none))).toMatchObject({ check: { status: 'none' }, metFrom: null });
  });
});
