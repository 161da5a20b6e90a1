// The pseudo-locale: a catalogue whose every string is wrapped in ⟦ ⟧ and lengthened by ~40%,
// made from the English one. Text on screen without the brackets did not come from a
// catalogue; a label cut off or a layout that breaks shows where longer words will not fit.

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

export function pseudoString(text: string): string {
  if (text.trim() === '') return text;
  return `${PSEUDO_OPEN}${text}${'·'.repeat(Math.ceil(text.length * 0.4))}${PSEUDO_CLOSE}`;
}

/** The same shape as `catalogue`, every string and every message's result pseudo-localised. */
export function pseudoCatalogue<T>(catalogue: T): T {
  return convert(catalogue) as T;
}

function convert(value: unknown): unknown {
  if (typeof value === 'string') return pseudoString(value);
  if (typeof value === 'function') {
    const message = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => convert(message(...args));
  }
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
  }
  return value;
}
