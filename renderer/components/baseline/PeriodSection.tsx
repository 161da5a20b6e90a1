import type { Problem } from '../../../shared/scenario/problems';
import type { Scenario } from '../../../shared/scenario/schema';
import { TextField } from '../fields/TextField';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { scenarioOf } from '../../store/documents-slice';
import { text } from '../../../shared/i18n/text';

type YearField = 'baseYear' | 'from' | 'to';

function setYear(d: Scenario, field: YearField, year: number): void {
  if (field === 'baseYear') d.baseYear = year;
  else d.horizon[field] = year;
}

/**
 * Base year and horizon. Typed as plain four-digit years (never "2.024"); every change goes
 * through the engine, whose message (horizon too long, before the base year…) shows next to
 * the field, and an invalid period is never accepted.
 */
export function PeriodSection() {
  const t = useText().baseline;
  const baseYear = useAppStore((s) => scenarioOf(s)?.baseYear ?? 0);
  const from = useAppStore((s) => scenarioOf(s)?.horizon.from ?? 0);
  const to = useAppStore((s) => scenarioOf(s)?.horizon.to ?? 0);

  const onCommit = (field: YearField, what: string, old: number) => (typed: string): Problem[] => {
    const trimmed = typed.trim();
    if (!/^\d{4}$/.test(trimmed)) {
      return [{ path: '-', code: 'not-a-year', message: text('baseline.notAYear', trimmed) }];
    }
    const year = Number(trimmed);
    return useAppStore.getState().tryCommit(t.changed(what, String(old), String(year)), (d) => setYear(d, field, year));
  };
  return (
    <div>
      <div className="baseline-form baseline-period">
        <TextField label={t.baseYear} value={String(baseYear)} onCommit={onCommit('baseYear', t.baseYear, baseYear)} />
        <TextField label={t.horizonFrom} value={String(from)} onCommit={onCommit('from', t.horizonFrom, from)} />
        <TextField label={t.horizonTo} value={String(to)} onCommit={onCommit('to', t.horizonTo, to)} />
      </div>
      <p className="baseline-hint">{t.periodHint}</p>
    </div>
  );
}
