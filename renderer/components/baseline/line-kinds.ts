// The four kinds of budget line, in the order the kind column offers them; their names are the
// glossary's (shared/i18n). (What a pasted cell may say is read by shared/import/kinds.ts.)
import type { Lang } from '../../../shared/i18n/languages';
import { catalogue } from '../../../shared/i18n/text';
import type { LineKind } from '../../../shared/scenario/schema';

export const LINE_KINDS: readonly LineKind[] = ['subsidy', 'individual', 'collective', 'other'];

export function kindLabel(kind: LineKind, lang: Lang): string {
  return catalogue(lang).glossary.lineKind[kind];
}
