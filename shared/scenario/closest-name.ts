// "Did you mean …?" for a mistyped field name, type, kind, line id or group name.
// Only an obvious typo gets a hint: a wrong hint is worse than none.

/** Dutch words an advisor may write for a field, and the field they mean. */
export const DUTCH_FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ['titel', 'title'],
  ['gemeente', 'municipality'],
  ['auteur', 'author'],
  ['omschrijving', 'description'],
  ['beschrijving', 'description'],
  ['basisjaar', 'baseYear'],
  ['indexatie', 'indexation'],
  ['regels', 'lines'],
  ['begrotingsregels', 'lines'],
  ['maatregelen', 'measures'],
  ['taakstelling', 'target'],
  ['doel', 'target'],
  ['naam', 'name'],
  ['soort', 'kind'],
  ['bedrag', 'amount'],
  ['aantal', 'volume'],
  ['prijs', 'unitCost'],
  ['tarief', 'unitCost'],
  ['groep', 'group'],
  ['organisatie', 'organisation'],
  ['loonaandeel', 'wageShare'],
  ['groei', 'volumeGrowth'],
  ['toelichting', 'notes'],
  ['opmerkingen', 'notes'],
  ['groepen', 'groups'],
  ['ingroei', 'phaseIn'],
  ['percentage', 'rate'],
  ['onzekerheid', 'uncertainty'],
  ['actief', 'enabled'],
  ['bedragen', 'amounts'],
  ['van', 'from'],
  ['naar', 'to'],
  ['aandeel', 'share'],
  ['loon', 'wage'],
  ['prijzen', 'price'],
]);

/** Dutch words for a line kind or a measure type, and the value they mean. */
export const DUTCH_VALUE_NAMES: ReadonlyMap<string, string> = new Map([
  ['subsidie', 'subsidy'],
  ['maatwerk', 'individual'],
  ['individueel', 'individual'],
  ['maatwerkvoorziening', 'individual'],
  ['collectief', 'collective'],
  ['algemenevoorziening', 'collective'],
  ['overig', 'other'],
  ['anders', 'other'],
  ['korting', 'cut'],
  ['bezuiniging', 'cut'],
  ['verschuiving', 'shift'],
  ['vast', 'fixed'],
  ['vastbedrag', 'fixed'],
  ['volume', 'volumeChange'],
  ['volumewijziging', 'volumeChange'],
  ['tarief', 'unitCostChange'],
  ['tariefwijziging', 'unitCostChange'],
  ['prijswijziging', 'unitCostChange'],
]);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The optimal string alignment distance (Levenshtein plus swapping two neighbours) of `a` and
 * `b` when it is at most `limit`, else limit + 1. Only the band of cells within `limit` of the
 * diagonal is computed, so the time is length × (2·limit + 1), not length².
 */
export function withinDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const beyond = limit + 1;
  // Three rows (two back for the swap of neighbours), cells outside the band are `beyond`.
  let prev2 = new Array<number>(m + 1).fill(beyond);
  let prev = Array.from({ length: m + 1 }, (_, j) => (j <= limit ? j : beyond));
  let row = new Array<number>(m + 1).fill(beyond);
  for (let i = 1; i <= n; i++) {
    row.fill(beyond);
    if (i <= limit) row[0] = i;
    let best = row[0] as number;
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row[j] = Math.min(d, beyond);
      if (d < best) best = d;
    }
    if (best > limit) return beyond;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[m] as number, beyond);
}

/** Above this many candidates of about the right length, no hint by edit distance (a guess among that many is no hint). */
export const MAX_HINT_CANDIDATES = 500;
/** Edit-distance searches per index; further names get only the case, separator and synonym hints. */
export const MAX_HINT_SEARCHES = 200;

/**
 * The names a mistyped one is compared with, prepared once for many lookups: by their normal
 * form and by its length, so that a file with many wrong references is read in linear time.
 * Each lookup costs at most MAX_HINT_CANDIDATES bounded comparisons, and only the first
 * MAX_HINT_SEARCHES distinct names are compared at all.
 */
export class NameIndex {
  private readonly byNormal = new Map<string, string[]>();
  private readonly byLength = new Map<number, { name: string; normal: string }[]>();
  private readonly originals = new Set<string>();
  private readonly answers = new Map<string, string | undefined>();
  private searches = 0;

  constructor(
    candidates: Iterable<string>,
    private readonly synonyms?: ReadonlyMap<string, string>,
  ) {
    for (const name of candidates) {
      if (this.originals.has(name)) continue;
      this.originals.add(name);
      const normal = normalise(name);
      const same = this.byNormal.get(normal);
      if (same) same.push(name);
      else this.byNormal.set(normal, [name]);
      const bucket = this.byLength.get(normal.length);
      if (bucket) bucket.push({ name, normal });
      else this.byLength.set(normal.length, [{ name, normal }]);
    }
  }

  /**
   * The candidate that `name` is an obvious typo of: the same apart from case, `_`, `-` and
   * spaces; a word listed for it in the synonyms (keys lower case without spaces); or within a
   * small edit distance (1 for short names, 2 up to 8 characters, 3 beyond), and closer than
   * any other candidate.
   */
  closest(name: string): string | undefined {
    if (name.length === 0 || name.length > 100) return undefined;
    if (this.answers.has(name)) return this.answers.get(name);
    const answer = this.find(name);
    this.answers.set(name, answer);
    return answer;
  }

  private find(name: string): string | undefined {
    const wanted = normalise(name);
    const same = this.byNormal.get(wanted)?.find((c) => c !== name);
    if (same !== undefined) return same;
    const meant = this.synonyms?.get(wanted);
    if (meant !== undefined && meant !== name && this.originals.has(meant)) return meant;
    if (this.searches >= MAX_HINT_SEARCHES) return undefined;
    this.searches++;
    const limit = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
    const near: { name: string; normal: string }[] = [];
    for (let length = wanted.length - limit; length <= wanted.length + limit; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (candidate.name === name) continue;
        if (near.length === MAX_HINT_CANDIDATES) return undefined;
        near.push(candidate);
      }
    }
    let best: string | undefined;
    let bestDistance = limit + 1;
    let tie = false;
    for (const candidate of near) {
      const distance = withinDistance(wanted, candidate.normal, limit);
      if (distance < bestDistance) {
        best = candidate.name;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance) {
        tie = true;
      }
    }
    if (best === undefined || tie) return undefined;
    // A one-letter name is as close to every other short name; no hint is better than a guess.
    if (bestDistance >= wanted.length) return undefined;
    return best;
  }
}

/** One lookup: `new NameIndex(candidates, synonyms).closest(name)` (see there). */
export function closestName(
  name: string,
  candidates: Iterable<string>,
  options: { synonyms?: ReadonlyMap<string, string> } = {},
): string | undefined {
  return new NameIndex(candidates, options.synonyms).closest(name);
}
