// The kind of an imported line: from a "Soort" cell when there is one, else guessed from the
// words of its name and group, its taakveld, or its organisation. A guess is marked as one.
import type { LineKind } from '../scenario/schema';
import { normalizeHeading } from './fields';

const KIND_WORDS: Record<LineKind, readonly string[]> = {
  subsidy: ['subsidy', 'subsidie', 'subsidies', 'subsidy to partner', 'budgetsubsidie', 'waarderingssubsidie', 'exploitatiesubsidie', 'partner', 'grant'],
  individual: [
    'individual', 'individueel', 'individuele voorziening', 'individuele voorzieningen', 'maatwerk', 'maatwerkvoorziening',
    'maatwerkvoorzieningen', 'individual provision', 'tailored', 'tailored provision', 'pgb', 'zin',
  ],
  collective: [
    'collective', 'collectief', 'collectieve voorziening', 'collectieve voorzieningen', 'algemene voorziening', 'algemene voorzieningen',
    'algemeen', 'collective provision', 'general provision', 'voorliggend veld', 'voorliggende voorziening',
  ],
  other: ['other', 'overig', 'overige', 'anders', 'overige kosten', 'other costs'],
};

const KINDS: readonly LineKind[] = ['subsidy', 'individual', 'collective', 'other'];
const LABELS: Record<LineKind, readonly string[]> = {
  subsidy: ['subsidie'],
  individual: ['individuele voorziening maatwerk'],
  collective: ['collectieve voorziening'],
  other: ['overig'],
};

/**
 * The kind a "Soort" cell names: a kind word or label in either language, or a longer text in
 * which the words of exactly one kind occur ("Subsidie Wmo", "Maatwerkvoorziening Jeugd").
 */
export function kindFromCell(text: string): LineKind | undefined {
  const t = normalizeHeading(text);
  if (t === '') return undefined;
  for (const kind of KINDS) if (KIND_WORDS[kind].includes(t) || LABELS[kind].includes(t)) return kind;
  const found = KINDS.filter((kind) => KIND_WORDS[kind].some((w) => containsWord(t, w) || (w.length >= 6 && t.includes(w))));
  return found.length === 1 ? found[0] : undefined;
}

function containsWord(text: string, word: string): boolean {
  return ` ${text} `.includes(` ${word} `);
}

// Words in a line's name or group that give its kind away. Collective first: "algemene
// voorziening dagbesteding" is collective even though dagbesteding is often maatwerk.
const NAME_HINTS: [LineKind, RegExp][] = [
  ['collective', /\b(algemene voorziening|algemene voorzieningen|collectie(f|ve)|voorliggend|huiskamer|inloop|ontmoeting|buurthuis|wijkcentrum|collective|general provision)/],
  ['individual', /\b(maatwerk|individuele?|individu|pgb|hulp bij het huishouden|huishoudelijke hulp|jeugdhulp|jeugdzorg|beschermd wonen|hulpmiddel|woonvoorziening|vervoersvoorziening|rolstoel|individual|tailored)/],
  ['subsidy', /\b(subsidie|budgetsubsidie|waarderingssubsidie|subsidy|grant)/],
];

/** Iv3 codes of the individual provisions in every version: 6.6, 6.60, 6.7x…, 6.8x…. */
const INDIVIDUAL_TAAKVELD = /^6\.(6|60|7\d*[a-d]?|8\d*[a-d]?)$/;

export interface KindGuess {
  kind: LineKind;
  /** What the guess came from, for the preview. */
  from: 'name' | 'group' | 'taakveld' | 'organisation' | 'default';
}

/** A kind for a line without a "Soort": from its words, taakveld or organisation; 'other' if nothing tells. */
export function guessKind(line: { name: string; group?: string; taakveld?: string; organisation?: string }): KindGuess {
  for (const [source, text] of [['name', line.name], ['group', line.group]] as const) {
    if (!text) continue;
    const t = normalizeHeading(text);
    for (const [kind, re] of NAME_HINTS) if (re.test(t)) return { kind, from: source };
  }
  if (line.taakveld && INDIVIDUAL_TAAKVELD.test(line.taakveld.trim())) return { kind: 'individual', from: 'taakveld' };
  if (line.organisation) return { kind: 'subsidy', from: 'organisation' };
  return { kind: 'other', from: 'default' };
}
