// The four kinds of budget line and their names in both languages, for the kind column.
// (What a pasted cell may say is read by shared/import/kinds.ts.)
import type { Lang, LocalizedText } from '../../../shared/scenario/problems';
import type { LineKind } from '../../../shared/scenario/schema';
import { render } from '../../../shared/i18n/text';

export const LINE_KINDS: readonly LineKind[] = ['subsidy', 'individual', 'collective', 'other'];

export const KIND_LABELS: Record<LineKind, LocalizedText> = {
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  individual: { nl: 'Individuele voorziening (maatwerk)', en: 'Individual provision (tailored)' },
  collective: { nl: 'Collectieve voorziening', en: 'Collective provision' },
  other: { nl: 'Overig', en: 'Other' },
};

export function kindLabel(kind: LineKind, lang: Lang): string {
  return render(lang, KIND_LABELS[kind]);
}
