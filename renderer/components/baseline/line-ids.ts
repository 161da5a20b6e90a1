// Ids for new budget lines, made from the name: readable in the file and in measures that refer
// to them ("welzijn-stichtse-vecht"), unique among the lines, and matching the format's pattern.
import { ID_PATTERN } from '../../../shared/scenario/schema';

const MAX_ID_LENGTH = 64;

/** "Welzijn Stichtse Vecht: jongerenwerk" → "welzijn-stichtse-vecht-jongerenwerk"; "" when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // é → e, ë → e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
}

/**
 * An id for a line called `name` that is not in `taken`: the slug, or the slug with "-2", "-3"…
 * (shortened so it stays within 64 characters). `fallback` is used when the name has no letters
 * or digits at all.
 */
export function uniqueLineId(name: string, taken: ReadonlySet<string>, fallback = 'regel'): string {
  const base = slugify(name) || slugify(fallback) || 'regel';
  if (!taken.has(base) && ID_PATTERN.test(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken.has(candidate) && ID_PATTERN.test(candidate)) return candidate;
  }
}
