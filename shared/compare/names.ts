// How the scenarios of a comparison are named where a reader must tell them apart: the exports
// (Markdown, PDF, CSV, XLSX, the chart) and the compare screen. A variant made in the app keeps
// its origin's title and adds " — variant 2" at the end, and two files may carry one title:
// a name cut to fit, or a title alone, would then say the same thing twice.

export interface Nameable {
  /** The scenario's title. */
  title: string;
  /** Its file name, where it has one apart from the title. */
  file: string | null;
}

/**
 * Each scenario's title; where another one of them has the same title, with its file name in
 * brackets when that tells them apart ("Stichtse Vecht (stichtse-vecht-2.vcscenario.json)").
 */
export function distinctTitles(items: readonly Nameable[]): string[] {
  return items.map((item, i) => {
    const twin = items.some((other, j) => j !== i && other.title === item.title);
    const apart = item.file !== null && item.file !== item.title && items.some((other, j) => j !== i && other.title === item.title && other.file !== item.file);
    return twin && apart ? `${item.title} (${item.file})` : item.title;
  });
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The length of the beginning all `texts` share. */
function sharedStart(texts: readonly string[]): number {
  const first = texts[0] ?? '';
  let n = 0;
  while (n < first.length && texts.every((t) => t[n] === first[n])) n++;
  return n;
}

/**
 * The texts cut to at most `max` characters each, still different where they were: a text cut
 * at its end keeps its beginning; where that would make two the same, the beginning they share
 * is cut instead and the part that tells them apart kept ("Stichtse Vecht: Vitale… — variant 2").
 * Where no cut keeps them apart, the texts are returned whole.
 */
export function shortDistinct(texts: readonly string[], max = 48): string[] {
  const distinct = (out: readonly string[]) => out.every((o, i) => out.every((p, j) => i === j || o !== p || texts[i] === texts[j]));
  const plain = texts.map((t) => cut(t, max));
  if (distinct(plain)) return plain;
  const start = sharedStart(texts);
  const kept = texts.map((t) => {
    if (t.length <= max) return t;
    const tail = t.slice(start);
    const room = max - 1 - tail.length;
    return room >= 8 ? `${t.slice(0, room).trimEnd()}…${tail}` : `…${cut(tail, max - 1)}`;
  });
  return distinct(kept) ? kept : [...texts];
}
