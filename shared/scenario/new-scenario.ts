// A new, empty scenario that is valid from the first keystroke: one budget line to start from.
import { CURRENT_VERSION, FORMAT_ID, type Scenario } from './schema';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';

export function newScenario(year: number, lang: Lang, now: Date = new Date()): Scenario {
  const base = Math.min(Math.max(Math.trunc(year), 2000), 2097);
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: catalogue(lang).scenario.newTitle,
    createdAt: now.toISOString(),
    baseYear: base,
    horizon: { from: base, to: base + 3 },
    lines: [{ id: 'regel-1', name: catalogue(lang).scenario.newLine, kind: 'subsidy', amount: 0 }],
    measures: [],
  };
}
