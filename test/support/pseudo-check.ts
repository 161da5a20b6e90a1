// The pseudo-locale check: in an app shown in `qps`, every text a user can see or hear must come
// from the catalogue, so it carries the pseudo-locale's brackets ⟦ ⟧. This finds the texts and
// the accessible names (aria-label, title, placeholder, alt…) that do not, leaving aside numbers,
// amounts and dates (no letters) and the user's own data (names and titles from the scenario
// file, passed as `data`). Self-contained (no imports, no outer names): Playwright serialises it
// into the page, and jsdom tests call it directly.
export function findUnwrappedTexts(root: Element, data: readonly string[]): string[] {
  const OPEN = '\u27e6';
  const CLOSE = '\u27e7';
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext'];
  const found = new Set<string>();
  // Letters outside any ⟦…⟧, with the user's data taken out.
  // Spacing as the app renders amounts (no-break spaces, word joiners) is not what the file says.
  const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');
  const plainData = data.map(spaced);
  const bare = (value: string): string => {
    let rest = spaced(value).replace(/⟦[^⟦⟧]*⟧/g, ' ');
    // Nested or cut-off brackets: a lone bracket marks catalogue text on its side.
    if (rest.includes(OPEN) || rest.includes(CLOSE)) rest = rest.replace(/⟦[^]*$/, ' ').replace(/^[^]*⟧/, ' ');
    // The start of the user's text (a description's first line, a name cut short with "…").
    const cut = rest.trim().replace(/…$/, '').trim();
    if (cut.length >= 3 && plainData.some((item) => item.startsWith(cut))) return '';
    for (const item of plainData) if (item.length > 0) rest = rest.split(item).join(' ');
    return rest;
  };
  const check = (value: string | null, where: string): void => {
    if (!value) return;
    const rest = bare(value);
    // A word of two or more letters; one letter alone (a column letter, "x") is not a text.
    if (/\p{L}{2,}/u.test(rest)) found.add(`${where}: ${value.trim().slice(0, 120)}`);
  };
  // Not text to check: scripts and styles, what the page marks translate="no" (a language's
  // own name in the language switch, the key caps of a shortcut), and a date in a <time> with
  // its machine-readable value: Intl writes it, as it writes numbers ("5 March 2024").
  const hidden = (element: Element | null): boolean => {
    for (let e = element; e; e = e.parentElement) {
      const tag = e.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return true;
      if (tag === 'time' && e.hasAttribute('datetime')) return true;
      if (e.getAttribute('translate') === 'no') return true;
    }
    return false;
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (hidden(parent)) continue;
    check(node.textContent, parent ? parent.tagName.toLowerCase() : 'text');
  }
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (hidden(element)) continue;
    for (const name of ATTRIBUTES) check(element.getAttribute(name), `${element.tagName.toLowerCase()}[${name}]`);
  }
  return [...found].sort();
}

/** Every string in a parsed scenario file (titles, names, descriptions, ids): the user's data. */
export function dataStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) dataStrings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) dataStrings(item, out);
  // Longest first, so that a name containing another is taken out whole.
  return out.sort((a, b) => b.length - a.length);
}
