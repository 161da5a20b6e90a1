// Locations inside a scenario document, written as the spec's PATH (`measures[2].lines[0]`,
// `lines[2].wagshare`, `horizon.to`, `measures[1].phaseIn.20x4`, `-` for the whole file),
// and the document order in which problems are listed.
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** The PATH of a location: keys joined by dots, array indices in brackets, `-` for the file itself. */
export function formatPath(path: Path): string {
  if (path.length === 0) return '-';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      // An empty key would vanish from the PATH; write it visibly instead.
      const key = segment === '' ? '""' : segment;
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value` when `value` is a plain object (never an inherited one). */
export function field(value: unknown, key: string): unknown {
  if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  return value[key];
}

export function hasField(value: unknown, key: string): boolean {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key);
}

/** The value at `path` inside `root`, or undefined when any step does not exist. */
export function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment < 0 || segment >= current.length) return undefined;
      current = current[segment];
    } else {
      if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

/**
 * Compares two paths in document order: a location before anything inside it, array items by
 * index, object keys in the order they appear in the document (`JSON.parse` keeps text order,
 * except that year-like keys come first in ascending order). A key that is absent (a missing
 * required field) goes where the spec's order (`knownOrder`) would put it among the present ones.
 */
export function documentOrderComparator(root: unknown, knownOrder: readonly string[]) {
  const keyIndexCache = new Map<object, Map<string, number>>();
  const known = new Map(knownOrder.map((k, i) => [k, i]));
  const keyIndex = (container: unknown, key: string): number => {
    if (!isRecord(container)) return Number.MAX_SAFE_INTEGER;
    let indices = keyIndexCache.get(container);
    if (!indices) {
      indices = new Map(Object.keys(container).map((k, i) => [k, i]));
      keyIndexCache.set(container, indices);
    }
    const present = indices.get(key);
    if (present !== undefined) return present;
    // An absent key goes just before the first present key that follows it in the spec's order.
    const order = known.get(key);
    if (order === undefined) return indices.size;
    let before = indices.size;
    for (const [k, i] of indices) {
      const o = known.get(k);
      if (o !== undefined && o > order && i < before) before = i;
    }
    return before - 0.5 + order / (knownOrder.length + 1) / 2;
  };
  return (a: Path, b: Path): number => {
    let container: unknown = root;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const sa = a[i] as PathSegment;
      const sb = b[i] as PathSegment;
      if (sa !== sb) {
        if (typeof sa === 'number' && typeof sb === 'number') return sa - sb;
        if (typeof sa === 'number') return -1;
        if (typeof sb === 'number') return 1;
        const d = keyIndex(container, sa) - keyIndex(container, sb);
        if (d !== 0) return d;
        return sa < sb ? -1 : 1;
      }
      container = valueAt(container, [sa]);
    }
    return a.length - b.length;
  };
}
