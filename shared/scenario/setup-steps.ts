// The three steps of building a scenario, read from the scenario itself (#24): budget lines with
// an amount, at least one measure, a savings target. The guide of a new scenario ticks them off.
import type { Line, Scenario } from './schema';

export const SETUP_STEPS = ['lines', 'measure', 'target'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** Per step whether the scenario has it done. */
export function setupSteps(scenario: Scenario): Record<SetupStep, boolean> {
  return {
    lines: scenario.lines.some(hasAmount),
    measure: (scenario.measures?.length ?? 0) > 0,
    target: Object.values(scenario.target ?? {}).some((value) => value !== 0),
  };
}

/** All three steps done: a scenario that needs no guide. */
export function setupComplete(scenario: Scenario): boolean {
  const steps = setupSteps(scenario);
  return SETUP_STEPS.every((step) => steps[step]);
}

/** A line with a cost: an amount, or clients and a price per client (the starting line of a new scenario has € 0). */
function hasAmount(line: Line): boolean {
  if (line.volume !== undefined && line.unitCost !== undefined) return line.volume > 0 && line.unitCost > 0;
  return (line.amount ?? 0) > 0;
}
