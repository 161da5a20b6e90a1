// The parts of explain()'s steps that several steps share, as texts of the catalogue (area
// `explain`, shared/i18n): a measure's title, its strength and phase-in notes. Shared by
// explain.ts and the measure types' ops (shared/measures/*), which word their own line events.
import { text, type Text } from '../i18n/text';
import type { CompiledMeasure } from './model';

/** "Korting ‘X’". */
export const measureTitle = (m: CompiledMeasure): Text => text('explain.measureTitle', m.op.noun, m.source.name);

/** "Korting ‘X’ (sterkte × 1,2)": with the strength when it is not the file's. */
export const measureAtStrength = (m: CompiledMeasure): Text => text('explain.measureAtStrength', measureTitle(m), m.factor);

/** " × ingroei 50%" for a measure with a phaseIn; nothing when it has none (always fully in force). */
export function phaseNote(m: CompiledMeasure, yi: number): Text {
  return text('explain.phaseNote', hasPhaseIn(m) ? (m.phase[yi] as number) : null);
}

/** Does the measure have a phaseIn (else it is fully in force every year)? */
export const hasPhaseIn = (m: CompiledMeasure): boolean => 'phaseIn' in m.source && m.source.phaseIn !== undefined;
