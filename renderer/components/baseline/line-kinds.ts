// The four kinds of budget line, as people name them in both languages.
import type { Lang, LocalizedText } from '../../../shared/scenario/problems';
import type { LineKind } from '../../../shared/scenario/schema';

export const LINE_KINDS: readonly LineKind[] = ['subsidy', 'individual', 'collective', 'other'];

export const KIND_LABELS: Record<LineKind, LocalizedText> = {
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  individual: { nl: 'Individuele voorziening (maatwerk)', en: 'Individual provision (tailored)' },
  collective: { nl: 'Collectieve voorziening', en: 'Collective provision' },
  other: { nl: 'Overig', en: 'Other' },
};

export function kindLabel(kind: LineKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

// What a spreadsheet column may say, lower case, in either language.
const SYNONYMS: Record<LineKind, readonly string[]> = {
  subsidy: ['subsidy', 'subsidie', 'subsidies', 'partner'],
  individual: [
    'individual', 'individueel', 'individuele voorziening', 'individuele voorzieningen', 'maatwerk',
    'maatwerkvoorziening', 'maatwerkvoorzieningen', 'individual provision', 'tailored',
  ],
  collective: [
    'collective', 'collectief', 'collectieve voorziening', 'collectieve voorzieningen', 'algemene voorziening',
    'algemene voorzieningen', 'algemeen', 'collective provision', 'general provision',
  ],
  other: ['other', 'overig', 'overige', 'anders'],
};

/** The kind a cell names (label, code or a common synonym, any case); undefined when unknown. */
export function kindFromText(text: string): LineKind | undefined {
  const t = text.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');
  for (const kind of LINE_KINDS) {
    if (SYNONYMS[kind].includes(t)) return kind;
    if (t === KIND_LABELS[kind].nl.toLocaleLowerCase('nl') || t === KIND_LABELS[kind].en.toLowerCase()) return kind;
  }
  return undefined;
}
