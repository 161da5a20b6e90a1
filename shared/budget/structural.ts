// The structural check of the target (#20): a council may count only structural savings against
// a structural target (BBV: structureel en reëel evenwicht). The same check as the target's own
// (shared/engine/target-check.ts), on target − structural savings, and the year from which the
// structural savings meet the target through the horizon's end.
import { targetCheckOf, type TargetCheck } from '../engine/target-check';
import type { Projection } from '../engine/types';

export interface StructuralCheck {
  check: TargetCheck;
  /**
   * When some early years fall short but the rest meet the target to its last year: the first of
   * those years ("structureel pas vanaf 2026"); null otherwise.
   */
  metFrom: number | null;
}

export function structuralCheck(projection: Projection): StructuralCheck {
  const check = targetCheckOf(projection.years, projection.target?.structuralGap ?? []);
  if (check.status !== 'short') return { check, metFrom: null };
  const lastShort = check.short[check.short.length - 1]?.year ?? check.to;
  if (lastShort >= check.to) return { check, metFrom: null };
  const after = projection.years.find((y) => y > lastShort && (projection.target?.structuralGap[projection.years.indexOf(y)] ?? null) !== null);
  return { check, metFrom: after ?? null };
}
