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

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * The candidate that `name` is an obvious typo of: the same apart from case, `_`, `-` and
 * spaces; a word listed for it in `synonyms` (keys lower case without spaces); or within a small edit distance
 * (1 for short names, 2 up to 8 characters, 3 beyond), and closer than any other candidate.
 */
export function closestName(
  name: string,
  candidates: Iterable<string>,
  options: { synonyms?: ReadonlyMap<string, string> } = {},
): string | undefined {
  if (name.length === 0 || name.length > 100) return undefined;
  const list = [...new Set(candidates)].filter((c) => c !== name);
  const wanted = normalise(name);
  const same = list.find((c) => normalise(c) === wanted);
  if (same !== undefined) return same;
  const meant = options.synonyms?.get(wanted);
  if (meant !== undefined && list.includes(meant)) return meant;
  const limit = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of list) {
    const c = normalise(candidate);
    if (Math.abs(c.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  if (best === undefined || bestDistance > limit || tie) return undefined;
  // A one-letter name is as close to every other short name; no hint is better than a guess.
  if (bestDistance >= wanted.length) return undefined;
  return best;
}
