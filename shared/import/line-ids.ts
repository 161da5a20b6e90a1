// Ids for imported lines, made from their names ("welzijn-stichtse-vecht"), unique among the
// lines already there, and matching the format's pattern. The same rule as the baseline editor's
// renderer/components/baseline/line-ids.ts, which can import this one instead.
import { ID_PATTERN } from '../scenario/schema';

const MAX_ID_LENGTH = 64;

/** "Welzijn Stichtse Vecht: jongerenwerk" → "welzijn-stichtse-vecht-jongerenwerk"; "" when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
}

/**
 * An id for `name` not in `taken` (the slug, else with -2, -3…); `fallback` for a name without
 * letters or digits. `next` (kept by a caller that adds many ids to `taken`) remembers per slug
 * the suffix to try first: every lower one is taken already, so 20,000 lines of one name cost
 * 20,000 tries, not 200 million.
 */
export function uniqueLineId(name: string, taken: ReadonlySet<string>, fallback = 'regel', next?: Map<string, number>): string {
  const base = slugify(name) || slugify(fallback) || 'regel';
  if (!taken.has(base) && ID_PATTERN.test(base)) return base;
  for (let n = next?.get(base) ?? 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken.has(candidate) && ID_PATTERN.test(candidate)) {
      next?.set(base, n + 1);
      return candidate;
    }
  }
}
