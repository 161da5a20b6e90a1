// Which open scenarios the compare screen takes at first. A variant is compared with the
// scenario it was made from: the active document's family (its origin, and every variant made
// from it or from one of them) when it has one, the origin first so that it is the reference
// (A). Without a family, every open scenario, in tab order. An unrelated sample opened in
// another tab is not ticked (#24 item 8).

export interface FamilyMember {
  id: string;
  variantOf: string | null;
  active: boolean;
}

/** The ids to compare at first, the reference first. */
export function defaultComparison(docs: readonly FamilyMember[]): string[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  // The first open ancestor, following "made from" (a closed origin ends the chain).
  const root = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (let up = byId.get(at)?.variantOf; up && byId.has(up) && !seen.has(up); up = byId.get(at)?.variantOf) {
      seen.add(at);
      at = up;
    }
    return at;
  };
  const active = docs.find((d) => d.active);
  if (active) {
    const top = root(active.id);
    const family = docs.filter((d) => root(d.id) === top).map((d) => d.id);
    if (family.length >= 2) return [top, ...family.filter((id) => id !== top)];
  }
  return docs.map((d) => d.id);
}
